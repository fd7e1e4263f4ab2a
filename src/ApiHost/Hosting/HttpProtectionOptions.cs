namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Request limits and browser access (configuration section <c>Http</c>).</summary>
public sealed class HttpProtectionOptions
{
    public const string Section = "Http";

    /// <summary>Largest request body accepted; larger ones get 413. Room for a full ingestion request (100,000 NDJSON records).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Origins a browser may call the API from (CORS); none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
