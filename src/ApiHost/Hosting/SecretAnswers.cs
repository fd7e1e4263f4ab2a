namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Endpoints whose answer shows a secret once (a new API key, a webhook's signing secret): no cache on the way may keep it.</summary>
public static class SecretAnswers
{
    /// <summary>Sends <c>Cache-Control: no-store</c> and <c>Pragma: no-cache</c> (for HTTP/1.0 caches) with the endpoint's answers.</summary>
    public static TBuilder ShowsSecretOnce<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            return await next(context);
        });
}
