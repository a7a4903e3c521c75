package cn.gongkai.command.fees;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/v1/processing-fees/lapse}: close now every application whose fee notice has lapsed unpaid. */
@RestController
public class FeeLapseController {

    private final FeeLapse lapse;

    public FeeLapseController(FeeLapse lapse) {
        this.lapse = lapse;
    }

    @PostMapping("/api/v1/processing-fees/lapse")
    public List<FeeLapse.Lapsed> closeLapsed() {
        return lapse.closeLapsed();
    }
}
