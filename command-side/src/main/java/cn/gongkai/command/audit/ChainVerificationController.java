package cn.gongkai.command.audit;

import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/audit/chain-verification}: check the hash chain over the whole stream now. */
@RestController
@Tag(name = ApiTags.AUDIT)
public class ChainVerificationController {

    private final ChainVerification verification;

    public ChainVerificationController(ChainVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Check the hash chain over the whole event stream now; names any position that breaks it")
    @PostMapping("/api/v1/audit/chain-verification")
    public ChainVerification.Verdict verify() {
        return verification.verify();
    }
}
