package de.ropa.reviews.boundary;

import de.ropa.dashboard.boundary.DashboardService.DueItem;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.faces.FormErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The reviews page: what is due within the chosen days, and recording a review of one of them. */
@Named
@ViewScoped
public class ReviewListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    OrganisationContext organisation;

    @Inject
    FormErrors errors;

    private int days = 90;
    private List<DueItem> due;
    private DueItem chosen;
    private String note;
    private LocalDate nextReviewOn;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        due = reviews.due(organisation.require(), days);
    }

    public void choose(DueItem item) {
        chosen = item;
        note = null;
        nextReviewOn = LocalDate.now().plusYears(1);
    }

    public void record() {
        long orgId = organisation.require();
        ReviewRequest request = new ReviewRequest();
        request.objectKind = chosen.kind();
        request.objectId = chosen.id();
        request.note = note;
        request.nextReviewOn = nextReviewOn;
        long version = reviews.currentVersion(orgId, request.objectKind, chosen.id());
        if (errors.attempt("reviewForm", request, () -> reviews.review(orgId, version, request)) == FormErrors.Outcome.SAVED) {
            errors.saved("review.saved");
            chosen = null;
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
        }
    }

    public List<DueItem> getDue() {
        return due;
    }

    public DueItem getChosen() {
        return chosen;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }
}
