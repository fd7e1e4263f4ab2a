namespace GrainMarketing.Connectors;

/// <summary>One platform's API and OAuth endpoints and our app's credentials there.</summary>
public sealed class PlatformEndpoints
{
    /// <summary>The API's base, without the version: <c>https://graph.facebook.com</c>, <c>https://googleads.googleapis.com</c>.</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>The API version in paths: <c>v24.0</c> (Meta), <c>v22</c> (Google), <c>v1.3</c> (TikTok), <c>v1</c> (Snapchat).</summary>
    public string ApiVersion { get; set; } = "";

    /// <summary>Where the person consents.</summary>
    public Uri? AuthorizeUrl { get; set; }

    /// <summary>Where a code becomes a token.</summary>
    public Uri? TokenUrl { get; set; }

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The scopes asked for, space-separated as OAuth writes them (Meta: comma-separated).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>Google: the developer token sent with every API call, when configured.</summary>
    public string? DeveloperToken { get; set; }

    /// <summary>Days before today the daily re-pull reads again, for the numbers the platform restates.</summary>
    public int RestatementDays { get; set; } = 7;

    /// <summary>Our own budget of requests a minute per account, below the platform's limits; the platform's throttling answers are obeyed on top.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    public bool Configured => ApiBaseUrl is not null && AuthorizeUrl is not null && TokenUrl is not null && ClientId.Length > 0;
}
