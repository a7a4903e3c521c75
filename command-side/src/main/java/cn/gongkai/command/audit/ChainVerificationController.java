package cn.gongkai.command.audit;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/audit/chain-verification}: check the hash chain over the whole stream now. */
@RestController
public class ChainVerificationController {

    private final ChainVerification verification;

    public ChainVerificationController(ChainVerification verification) {
        this.verification = verification;
    }

    @PostMapping("/api/v1/audit/chain-verification")
    public ChainVerification.Verdict verify() {
        return verification.verify();
    }
}
