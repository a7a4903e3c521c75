package cn.gongkai.query.report;

import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.audit.AsOf;
import cn.gongkai.query.audit.AsOfParameter;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.ScopeParameter;
import cn.gongkai.query.organ.UnknownOrganResponse;
import cn.gongkai.query.report.render.CsvRendering;
import cn.gongkai.query.report.render.DocxRendering;
import cn.gongkai.query.report.render.HtmlRendering;
import cn.gongkai.query.report.render.TextRendering;
import cn.gongkai.query.report.render.XlsxRendering;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/organs/{organ}/reports/{year}}: the annual report, live or {@code asOf} a recorded moment,
 * as {@code format=json} (the contract's report JSON), {@code html} (the national layout, printable on A4),
 * {@code txt} (the published reports' shape), {@code csv} (one cell a line), {@code xlsx} (one sheet per table) or
 * {@code docx} (a Word document with the national tables' merges and the fonts offices use).
 * An as-of report folds the events recorded by then, from the latest checkpoint of that fold unless {@code fold=full}
 * asks for a fold from the first event (the two always agree; the second lets an auditor check the first).
 */
@RestController
@Tag(name = ApiTags.REPORTS)
public class ReportController {

    private final ReportService reports;
    private final AsOfReports asOfReports;
    private final Clock clock;

    public ReportController(ReportService reports, AsOfReports asOfReports, Clock clock) {
        this.reports = reports;
        this.asOfReports = asOfReports;
        this.clock = clock;
    }

    /**
     * On an as-of report: where its fold started, {@code checkpoint <position>} (a saved fold of the organ's events
     * up to that position) or {@code first event} (a subtree, or an organ with no checkpoint recorded by then).
     */
    public static final String FOLDED_FROM = "Gongkai-Folded-From";

    /** The media type of {@code format=xlsx}. */
    static final String XLSX = XlsxRendering.MEDIA_TYPE;

    /** The media type of {@code format=docx}. */
    static final String DOCX = DocxRendering.MEDIA_TYPE;

    @Operation(summary = "An organ's annual report, live or as of a recorded moment, as JSON, HTML, text, CSV, xlsx "
            + "or docx",
            description = "The body's media type follows the format parameter. An as-of report is folded from the "
                    + "events recorded by that moment; its " + FOLDED_FROM + " header says where the fold started.")
    @ApiResponse(responseCode = "200", description = "The report in the format asked for",
            headers = @Header(name = FOLDED_FROM, description = "On an as-of report: 'checkpoint <position>' or "
                    + "'first event'", schema = @Schema(type = "string")),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AnnualReport.class)),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string",
                            description = "The national layout, printable on A4")),
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string",
                            description = "The published reports' plain-text shape")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            description = "table,row,column,label,value: one cell a line")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary",
                            description = "One sheet per table")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary",
                            description = "A Word document in the national layout"))})
    @UnknownOrganResponse
    @Parameter(name = "year", description = "The reporting year", example = "2025")
    @Parameter(name = "format", description = "json: the contract's report JSON; html: the national layout; txt: "
            + "the published reports' shape; csv: one cell a line; xlsx: one sheet per table; docx: a Word document",
            schema = @Schema(type = "string", allowableValues = {"json", "html", "txt", "csv", "xlsx", "docx"},
                    defaultValue = "json"))
    @Parameter(name = "fold", description = "How an as-of report is folded. checkpoint: from the latest checkpoint "
            + "recorded by then; full: from the first event (the two agree; full lets an auditor check the first)",
            schema = @Schema(type = "string", allowableValues = {"checkpoint", "full"}, defaultValue = "checkpoint"))
    @Parameter(name = "preview", description = "With format=html: add the consistency findings under the report, "
            + "for the office before publishing (the publishable page never shows them)")
    @GetMapping("/api/v1/organs/{organ}/reports/{year}")
    public ResponseEntity<?> report(@PathVariable String organ, @PathVariable int year,
                                    @ScopeParameter @RequestParam(defaultValue = "self") String scope,
                                    @RequestParam(required = false) String format,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                    @AsOfParameter @RequestParam(required = false) String asOf,
                                    @RequestParam(defaultValue = "checkpoint") String fold,
                                    @RequestParam(defaultValue = "false") boolean preview) {
        ReportingYear reportingYear = ReportingYear.of(year);
        Scope parsedScope = Scope.parse(scope);
        ReportService.LiveReport live = asOf == null ? reports.live(organ, reportingYear, parsedScope) : null;
        AsOfReports.AsOfReport past = live == null ? asOfReports.report(organ, reportingYear, parsedScope,
                AsOf.parse("asOf", asOf, clock), fromCheckpoint(fold)) : null;
        ReportSnapshot report = live != null ? live.snapshot() : past.snapshot();
        ResponseEntity<?> response = render(report, live, format != null ? format : formatAccepted(accept), year,
                preview);
        return past == null ? response : ResponseEntity.status(response.getStatusCode())
                .headers(headers -> {
                    headers.addAll(response.getHeaders());
                    headers.add(FOLDED_FROM, past.checkpoint().map(position -> "checkpoint " + position)
                            .orElse("first event"));
                })
                .body(response.getBody());
    }

    /**
     * Without {@code format}: the format of the first media type the caller accepts, by quality and specificity, of
     * those the report is rendered in; JSON when it accepts anything or says nothing.
     */
    static String formatAccepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return "json";
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw new IllegalArgumentException("Accept: '" + accept + "' is not a list of media types");
        }
        MimeTypeUtils.sortBySpecificity(accepted);
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            for (Map.Entry<String, MediaType> format : FORMATS.entrySet()) {
                if (type.getQualityValue() > 0 && type.includes(format.getValue())) {
                    return format.getKey();
                }
            }
        }
        throw new IllegalArgumentException("Accept: none of '" + accept + "' is a format of the report; it is "
                + "rendered as " + String.join(", ", FORMATS.values().stream().map(MediaType::toString).toList()));
    }

    /** The report's formats by the media type each answers, JSON first (what a caller accepting anything gets). */
    private static final Map<String, MediaType> FORMATS = formats();

    private static Map<String, MediaType> formats() {
        Map<String, MediaType> formats = new LinkedHashMap<>();
        formats.put("json", MediaType.APPLICATION_JSON);
        formats.put("html", MediaType.TEXT_HTML);
        formats.put("txt", MediaType.TEXT_PLAIN);
        formats.put("csv", MediaType.parseMediaType("text/csv"));
        formats.put("xlsx", MediaType.parseMediaType(XLSX));
        formats.put("docx", MediaType.parseMediaType(DOCX));
        return formats;
    }

    /** {@code checkpoint}: an as-of fold may start from a checkpoint; {@code full}: from the first event. */
    private static boolean fromCheckpoint(String fold) {
        return switch (fold) {
            case "checkpoint" -> true;
            case "full" -> false;
            default -> throw new IllegalArgumentException("fold must be checkpoint or full, not '" + fold + "'");
        };
    }

    private static ResponseEntity<?> render(ReportSnapshot report, ReportService.LiveReport live, String format,
                                            int year, boolean preview) {
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(live != null ? AnnualReport.of(report, live.published()) : AnnualReport.of(report));
            case "html" -> text(MediaType.TEXT_HTML, HtmlRendering.render(report, preview), null);
            case "txt" -> text(MediaType.TEXT_PLAIN, TextRendering.render(report), null);
            case "csv" -> text(MediaType.parseMediaType("text/csv"), CsvRendering.render(report),
                    report.organ().organ() + "-" + year + ".csv");
            case "xlsx" -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(XLSX))
                    .header("Content-Disposition", "attachment; filename=\"" + report.organ().organ() + "-" + year
                            + ".xlsx\"")
                    .body(XlsxRendering.render(report));
            case "docx" -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(DOCX))
                    .header("Content-Disposition", "attachment; filename=\"" + report.organ().organ() + "-" + year
                            + ".docx\"")
                    .body(DocxRendering.render(report));
            default -> throw new IllegalArgumentException("format must be json, html, txt, csv, xlsx or docx, not '"
                    + format + "'");
        };
    }

    private static ResponseEntity<String> text(MediaType type, String body, String fileName) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8));
        if (fileName != null) {
            response.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        return response.body(body);
    }
}
