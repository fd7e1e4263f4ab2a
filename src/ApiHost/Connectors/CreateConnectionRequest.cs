using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Connectors;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Connectors;

/// <summary>The body of <c>POST .../connections</c>.</summary>
/// <param name="Platform">meta, google, tiktok or snapchat.</param>
/// <param name="Name">What the tenant calls it (the platform's name when absent), up to 100 characters.</param>
/// <param name="AccessToken">A system-user or long-lived token to use as it is; without one the answer carries the <c>authorizationUrl</c> to send the person to.</param>
/// <param name="RefreshToken">Instead: a refresh token from an earlier consent (Google, Snapchat), renewed at once.</param>
/// <param name="WriteBack">Push the actions rules, recommendations and the optimiser take to the platform (true when absent); false keeps them pending for a person.</param>
/// <param name="DryRun">Never write to the platform (false when absent).</param>
public sealed record CreateConnectionRequest(string? Platform = null, string? Name = null, string? AccessToken = null, bool? WriteBack = null, bool? DryRun = null, string? RefreshToken = null)
{
    public const int MaxName = 100;
    public const int MaxToken = 4096;

    private static readonly AdPlatform[] Connectable = [AdPlatform.Meta, AdPlatform.Google, AdPlatform.TikTok, AdPlatform.Snapchat];

    /// <summary>The grain's request, or a 400 naming every bad field.</summary>
    public ConnectionRequest Read()
    {
        var errors = new ValidationErrors();
        var platform = Connectable.FirstOrDefault(p => string.Equals(EnumNames.Camel(p), Platform, StringComparison.OrdinalIgnoreCase), AdPlatform.Other);
        if (platform == AdPlatform.Other)
        {
            errors.Add("platform", "Required: meta, google, tiktok or snapchat.");
        }

        if (Name?.Trim() is { Length: > MaxName })
        {
            errors.Add("name", $"At most {MaxName} characters.");
        }

        CheckToken(errors, "accessToken", AccessToken);
        CheckToken(errors, "refreshToken", RefreshToken);
        if (AccessToken is not null && RefreshToken is not null)
        {
            errors.Add("refreshToken", "Give an access token or a refresh token, not both.");
        }

        errors.ThrowIfAny();
        var name = Name?.Trim() is { Length: > 0 } given ? given : $"{platform} connection";
        return new ConnectionRequest(platform, name, AccessToken, WriteBack ?? true, DryRun ?? false, RefreshToken);
    }

    private static void CheckToken(ValidationErrors errors, string field, string? token)
    {
        if (token is not null && (token.Length is 0 or > MaxToken || token.Any(char.IsWhiteSpace)))
        {
            errors.Add(field, $"A token of 1-{MaxToken} characters without spaces.");
        }
    }
}
