using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Per-route body limits: every route takes <see cref="HttpProtectionOptions.MaxRequestBodyBytes"/>, ingestion routes <see cref="HttpProtectionOptions.MaxIngestionBodyBytes"/>.</summary>
/// <remarks>
/// The limit travels as endpoint metadata, which routing applies before any body is read, so an oversized body is
/// refused (413) from its Content-Length without being read, parsed or counted anywhere.
/// </remarks>
public static class RequestBodyLimits
{
    /// <summary>Lets the endpoints of <paramref name="builder"/> take ingestion-sized bodies.</summary>
    public static TBuilder AllowIngestionBodies<TBuilder>(this TBuilder builder, IEndpointRouteBuilder routes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(routes.ServiceProvider.GetRequiredService<IOptions<HttpProtectionOptions>>().Value.MaxIngestionBodyBytes));
}
