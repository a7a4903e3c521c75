package cn.gongkai.command.register;

import cn.gongkai.command.ingest.OrganDirectory;
import cn.gongkai.command.ingest.WriteScope;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.platform.operations.Operations;
import cn.gongkai.platform.operations.ProgressReport;
import cn.gongkai.security.ApiTags;
import cn.gongkai.security.Caller;
import cn.gongkai.security.Callers;
import cn.gongkai.security.RequestProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * An office's register (依申请公开台账) as events: imported as XLSX or CSV (a dry run, an atomic commit, or the good
 * rows only), the mappings of registers laid out otherwise, and the blank template.
 */
@RestController
@Tag(name = ApiTags.EVENTS)
public class RegisterController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegisterImport imports;
    private final RegisterMappings mappings;
    private final OrganDirectory organs;
    private final Operations operations;

    public RegisterController(RegisterImport imports, RegisterMappings mappings, OrganDirectory organs,
                              Operations operations) {
        this.imports = imports;
        this.mappings = mappings;
        this.organs = organs;
        this.operations = operations;
    }

    @Operation(summary = "Import a register (XLSX or CSV): dry run, atomic commit, or the good rows only",
            description = "Rows are read by the default headings (the template's) or by a saved mapping. A dry run "
                    + "answers the events it would append and every row's problems; Accept: " + XLSX + " answers the "
                    + "register itself with each bad cell marked. A commit appends nothing if any row has a problem.")
    @ApiResponse(responseCode = "200", description = "Judged (a dry run) or appended")
    @ApiResponse(responseCode = "404", description = "No such organ, or no such saved mapping")
    @ApiResponse(responseCode = "409", description = "A commit whose only problems contradict recorded facts")
    @ApiResponse(responseCode = "422", description = "A commit with rows in error, or a file that is no register")
    @PostMapping(path = "/api/v1/organs/{organ}/register-imports", consumes = {XLSX, "text/csv"},
            produces = {MediaType.APPLICATION_JSON_VALUE, XLSX})
    public ResponseEntity<?> importRegister(
            @PathVariable String organ,
            @Parameter(description = "DRY_RUN (default), COMMIT or GOOD_ROWS")
            @RequestParam(defaultValue = "DRY_RUN") ImportMode mode,
            @Parameter(description = "a mapping saved for this organ; none: the default layout")
            @RequestParam(required = false) String mapping,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestBody byte[] body) {
        OrganId organId = registered(organ);
        RegisterFormat format = RegisterFormat.of(contentType).orElseThrow();
        RegisterImport.Checked checked = imports.check(organId, body, format, mapping(organId, mapping));
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
        boolean marked = accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.parseMediaType(XLSX)) && !type.isWildcardType());
        if (!marked) {
            return ResponseEntity.ok(imports.run(checked, organId, mode, WriteScope.of(caller)));
        }
        RegisterImportResult result;
        HttpStatus status = HttpStatus.OK;
        try {
            result = imports.run(checked, organId, mode, WriteScope.of(caller));
        } catch (RegisterRefused refused) {
            result = refused.result();
            status = RegisterProblems.status(refused);
        }
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("台账-问题标注.xlsx"))
                .body(MarkedRegister.of(body, checked.sheet(), checked.layout(), result.problems()));
    }

    @Operation(summary = "Save a mapping of a register laid out otherwise: headings, outcome and applicant wordings")
    @ApiResponse(responseCode = "200", description = "Saved (replacing one of the same name)")
    @ApiResponse(responseCode = "404", description = "No such organ")
    @PutMapping(path = "/api/v1/organs/{organ}/register-mappings/{name}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public RegisterMapping saveMapping(@PathVariable String organ, @PathVariable String name,
                                       @RequestBody RegisterMapping mapping) {
        OrganId organId = registered(organ);
        mappings.save(organId, mappingName(name), mapping);
        return mapping;
    }

    @Operation(summary = "A saved register mapping")
    @ApiResponse(responseCode = "200", description = "The mapping as saved")
    @ApiResponse(responseCode = "404", description = "No such organ, or no such saved mapping")
    @GetMapping(path = "/api/v1/organs/{organ}/register-mappings/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public RegisterMapping mappingOf(@PathVariable String organ, @PathVariable String name) {
        return mapping(registered(organ), name);
    }

    @Operation(summary = "An import's progress, for whoever may read the organ (its own desk included)",
            description = "The operation an import answered as 'operation': rows done of the total, rate, time left.")
    @ApiResponse(responseCode = "200", description = "The import's progress")
    @ApiResponse(responseCode = "404", description = "No such organ, or no import of it with this operation")
    @GetMapping(path = "/api/v1/organs/{organ}/register-imports/{operation}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ProgressReport importProgress(@PathVariable String organ, @PathVariable String operation) {
        String name = RegisterImport.OPERATION + "-" + registered(organ).value();
        return operations.find(operation).filter(report -> report.name().equals(name))
                .orElseThrow(() -> RequestProblems.notFound("import", "no import of organ " + organ
                        + " has the operation '" + operation + "' on this instance"));
    }

    @Operation(summary = "The blank register (XLSX): default headings, choice lists, an example row")
    @ApiResponse(responseCode = "200", description = "The template workbook")
    @GetMapping(path = "/api/v1/register-template", produces = XLSX)
    public ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("依申请公开台账.xlsx"))
                .body(RegisterTemplate.xlsx());
    }

    private OrganId registered(String organ) {
        OrganId organId;
        try {
            organId = new OrganId(organ);
        } catch (IllegalArgumentException invalid) {
            throw RequestProblems.notFound("organ", "'" + organ + "' is not an organ: " + invalid.getMessage());
        }
        if (!organs.isRegistered(organId)) {
            throw RequestProblems.notFound("organ", "organ " + organ + " is not registered");
        }
        return organId;
    }

    private RegisterMapping mapping(OrganId organ, String name) {
        if (name == null) {
            return RegisterMapping.DEFAULT;
        }
        return mappings.find(organ, mappingName(name)).orElseThrow(() -> RequestProblems.notFound("register-mapping",
                "organ " + organ + " has no register mapping named '" + name + "'; save one with PUT "
                        + "/api/v1/organs/" + organ + "/register-mappings/" + name));
    }

    private static String mappingName(String name) {
        if (!RegisterMappings.NAME.matcher(name).matches()) {
            throw RequestProblems.notFound("register-mapping", "'" + name + "' is not a mapping name: 1 to 64 ASCII "
                    + "letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }
}
