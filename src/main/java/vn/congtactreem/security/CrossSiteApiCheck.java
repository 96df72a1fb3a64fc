package vn.congtactreem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's changes come from scripts (HTTP Basic) or this site's own pages, never from a form on
 * another site that a browser with remembered credentials would post: a changing request whose
 * browser says it is cross-site ({@code Sec-Fetch-Site}) or whose {@code Origin} is another host is
 * refused with 403 before anything runs. Scripts send neither header and are unaffected.
 */
final class CrossSiteApiCheck extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":403,\"title\":\"Yêu cầu từ trang web khác bị từ chối\","
                    + "\"detail\":\"API chỉ nhận thay đổi từ chương trình gọi trực tiếp hoặc từ chính hệ thống.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_SITE.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() == null || host == null || !originHost.equalsIgnoreCase(host)
                    && !uri.getHost().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
