using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Connectors;

/// <summary>What a platform sends back to <c>GET /api/v1/connections/callback</c> after the person consented, or did not.</summary>
public sealed class ConnectionCallbackQuery
{
    /// <summary>The authorization code (TikTok names it <c>auth_code</c>).</summary>
    [FromQuery(Name = "code")]
    public string? Code { get; set; }

    [FromQuery(Name = "auth_code")]
    public string? AuthCode { get; set; }

    /// <summary>The state the flow started with.</summary>
    [FromQuery(Name = "state")]
    public string? State { get; set; }

    /// <summary>Set by the platform when the person refused or the request was wrong.</summary>
    [FromQuery(Name = "error")]
    public string? Error { get; set; }

    [FromQuery(Name = "error_description")]
    public string? ErrorDescription { get; set; }
}
