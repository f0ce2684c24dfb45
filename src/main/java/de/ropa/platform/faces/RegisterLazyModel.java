package de.ropa.platform.faces;

import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a service's paged list: paging, sorting and filtering happen in the
 * database. Column {@code field}s are the API's sort and filter names; the global filter is {@code q}.
 *
 * @param <T> a row
 */
public class RegisterLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page: page request, sort ("name", "-updatedAt"), filters by name (text "q" included). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest page, String sort, Map<String, String> filters);
    }

    /** A stable key per row, for selection. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public RegisterLazyModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(new PageRequest(0, 1), null, filters(filterBy)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = loader.load(PageRequest.fromOffset(first, size), sort(sortBy), filters(filterBy));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    static String sort(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return null;
        }
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField())
                .collect(Collectors.joining(","));
    }

    static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filterBy != null) {
            filterBy.values().forEach(f -> {
                Object value = f.getFilterValue();
                if (value != null && !String.valueOf(value).isBlank()) {
                    filters.put("globalFilter".equals(f.getField()) ? "q" : f.getField(),
                            value instanceof Enum<?> e ? e.name() : String.valueOf(value));
                }
            });
        }
        return filters;
    }
}
