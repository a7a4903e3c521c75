package cn.gongkai.query.replica;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses every figure (reports live and as of, cells, restatements, publication, applications, dashboards, the
 * event export and the audit runs) while the copy lacks positions: a figure or digest from part of the history would
 * look valid and be wrong.
 */
final class FiguresWithheld implements HandlerInterceptor {

    static final String[] FIGURES = {"/api/v1/organs/*/**", "/api/v1/audit/**"};

    private final ReplicaCompleteness completeness;

    FiguresWithheld(ReplicaCompleteness completeness) {
        this.completeness = completeness;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ReplicaCompleteness.State state = completeness.state();
        if (!state.missing().isEmpty()) {
            throw new HistoryIncomplete(state.missing());
        }
        return true;
    }
}
