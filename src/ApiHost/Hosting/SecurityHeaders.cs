namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Headers every answer carries so a browser never sniffs, frames or leaks it.</summary>
/// <remarks>The API reference page (<c>/scalar</c>) loads scripts and styles, so it is left out of the strict content policy.</remarks>
public static class SecurityHeaders
{
    /// <remarks>Set as the answer starts, so error answers written after a cleared response carry them too.</remarks>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            Apply(http);
            return Task.CompletedTask;
        });
        return next(http);
    });

    private static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!http.Request.Path.StartsWithSegments("/scalar"))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        }

        if (http.Request.Path.StartsWithSegments("/api/v1/auth"))
        {
            headers.CacheControl = "no-store";
        }
    }
}
