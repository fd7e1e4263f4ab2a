namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Request limits and browser access (configuration section <c>Http</c>).</summary>
public sealed class HttpProtectionOptions
{
    public const string Section = "Http";

    /// <summary>Largest request body accepted outside ingestion (sign-in, settings, rules…); larger ones get 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Largest body of an ingestion request: room for a full one (100,000 NDJSON records). Only the ingestion routes allow it.</summary>
    public long MaxIngestionBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Addresses or CIDR networks of the proxies (the web dashboard) whose <c>X-Forwarded-For</c> names the client that
    /// per-address limits then count; none set means loopback only. Anyone else's header is ignored.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Origins a browser may call the API from (CORS); none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
