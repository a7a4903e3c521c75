package cn.gongkai.query.audit;

import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/audit/replay-verification} runs a replay verification and answers its result;
 * {@code GET /api/v1/audit/replay-verification/progress} shows how far a running one has come.
 */
@RestController
@Tag(name = ApiTags.AUDIT)
public class ReplayVerificationController {

    private final ReplayVerification verification;
    private final ReplayProgress progress;

    public ReplayVerificationController(ReplayVerification verification, ReplayProgress progress) {
        this.verification = verification;
        this.progress = progress;
    }

    @Operation(summary = "Rebuild the statistics from the first event into scratch tables and compare them with the "
            + "live ones, row by row")
    @PostMapping("/api/v1/audit/replay-verification")
    public ReplayVerification.Result verify() {
        return verification.verify();
    }

    @Operation(summary = "How far a running replay verification has come: events done of total, rate, time left")
    @GetMapping("/api/v1/audit/replay-verification/progress")
    public ReplayProgress.Reading progress() {
        return progress.read();
    }
}
