/**
 * The PDF documents the register produces for hand-over: the record of processing activities (Art. 30(1)),
 * the processor's record (Art. 30(2)), channel datasheets and the findings report. Each is built as a
 * {@link de.ropa.reports.control.ReportDocument} of plain lines and laid out by one compiled JasperReports
 * template (reports/document.jrxml).
 */
package de.ropa.reports;
