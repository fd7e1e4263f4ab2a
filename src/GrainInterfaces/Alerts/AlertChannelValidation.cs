using System.Text.RegularExpressions;
using GrainMarketing.Accounts;
using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>Every reason a channel cannot be stored, keyed by the JSON path of the field (<c>recipients[2]</c>), all at once.</summary>
/// <remarks>Used by the API before a grain is called and by the router before it stores.</remarks>
public static partial class AlertChannelValidation
{
    public const int MaxNameLength = 40;
    public const int MaxUrlLength = 2000;
    public const int MaxRecipients = 20;

    public static Dictionary<string, string[]> Validate(AlertChannelDefinition channel)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (channel.Name is null || !Slug().IsMatch(channel.Name.Trim()))
        {
            errors["name"] = [$"Required: 1-{MaxNameLength} lower-case letters, digits and inner hyphens, such as 'ops-pager'."];
        }

        if (channel.MinSeverity is { } severity && !Enum.IsDefined(severity))
        {
            errors["minSeverity"] = ["One of info, warning, error or critical."];
        }

        switch (channel.Type)
        {
            case null:
                errors["type"] = ["Required: webhook, slack or email."];
                break;
            case AlertChannelType.Webhook or AlertChannelType.Slack:
                if (UrlError(channel.Url) is { } urlError)
                {
                    errors["url"] = [urlError];
                }

                if (channel.Recipients is not null)
                {
                    errors["recipients"] = ["Only email channels have recipients."];
                }

                break;
            case AlertChannelType.Email:
                CheckRecipients(errors, channel.Recipients);
                if (channel.Url is not null)
                {
                    errors["url"] = ["Email channels have recipients, not a URL."];
                }

                break;
            default:
                errors["type"] = ["Required: webhook, slack or email."];
                break;
        }

        return errors;
    }

    /// <summary>The channel trimmed, with the default severity filled in, so stored channels read the same.</summary>
    public static AlertChannelDefinition Normalize(AlertChannelDefinition channel) => channel with
    {
        Name = channel.Name?.Trim(),
        MinSeverity = channel.MinSeverity ?? AlertSeverity.Info,
        Url = channel.Url?.Trim(),
        Recipients = channel.Recipients?.Select(r => r.Trim()).ToArray(),
    };

    private static string? UrlError(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Required: an absolute http or https URL.";
        }

        var trimmed = url.Trim();
        if (trimmed.Length > MaxUrlLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host))
        {
            return $"Must be an absolute http or https URL of at most {MaxUrlLength} characters.";
        }

        return uri.UserInfo.Length > 0 ? "Must not carry a user name or password; receivers check the signature instead." : null;
    }

    private static void CheckRecipients(Dictionary<string, string[]> errors, IReadOnlyList<string>? recipients)
    {
        if (recipients is not { Count: >= 1 and <= MaxRecipients })
        {
            errors["recipients"] = [$"Required: 1-{MaxRecipients} email addresses."];
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < recipients.Count; i++)
        {
            if (!AccountEmail.IsValid(recipients[i]))
            {
                errors[$"recipients[{i}]"] = ["Must be an email address such as ops@example.com."];
            }
            else if (!seen.Add(recipients[i].Trim()))
            {
                errors[$"recipients[{i}]"] = ["Listed twice."];
            }
        }
    }

    [GeneratedRegex(@"^(?=.{1,40}\z)[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
