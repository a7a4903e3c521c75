package cn.gongkai.query.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/audit/replay-verification} runs a replay verification and answers its result;
 * {@code GET /api/v1/audit/replay-verification/progress} shows how far a running one has come.
 */
@RestController
public class ReplayVerificationController {

    private final ReplayVerification verification;
    private final ReplayProgress progress;

    public ReplayVerificationController(ReplayVerification verification, ReplayProgress progress) {
        this.verification = verification;
        this.progress = progress;
    }

    @PostMapping("/api/v1/audit/replay-verification")
    public ReplayVerification.Result verify() {
        return verification.verify();
    }

    @GetMapping("/api/v1/audit/replay-verification/progress")
    public ReplayProgress.Reading progress() {
        return progress.read();
    }
}
