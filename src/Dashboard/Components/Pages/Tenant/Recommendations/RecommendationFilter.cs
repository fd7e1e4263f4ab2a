using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Api.V1.Tenants.Item.Recommendations;
using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Recommendations;

/// <summary>The recommendations list's filters as the URL keeps them (<c>?kind=pauseCampaign&amp;status=open&amp;after=20</c>), and the API query they become.</summary>
/// <remarks>Values go to the API as written, so a bookmark with a bad value shows the API's reason instead of quietly showing everything.</remarks>
public sealed record RecommendationFilter(string? Kind, string? Status, string? Target, string? MinConfidence, string? After)
{
    public const int PageSize = 20;

    /// <summary>The confidence floors offered, as the API reads them.</summary>
    public static readonly IReadOnlyList<string> Confidences = ["0.9", "0.95", "0.99"];

    /// <summary>Every kind the API names, with its words; a kind the API adds shows up once the client is regenerated.</summary>
    public static IReadOnlyList<(string Value, string Label)> Kinds =>
        [.. Enum.GetValues<RecommendationKind>().Select(kind => (RecommendationTexts.ApiName(kind), RecommendationTexts.Kind(kind)))];

    public static IReadOnlyList<(string Value, string Label)> Statuses =>
        [.. Enum.GetValues<RecommendationStatus>().Select(status => (RecommendationTexts.ApiName(status), RecommendationTexts.Status(status)))];

    /// <summary>How many recommendations earlier pages held; 0 on the first page.</summary>
    public long Skipped => long.TryParse(After, NumberStyles.None, CultureInfo.InvariantCulture, out var skipped) ? skipped : 0;

    /// <summary>True when any filter narrows the list (paging does not).</summary>
    public bool Narrowed => Given(Kind) is not null || Given(Status) is not null || Given(Target) is not null || Given(MinConfidence) is not null;

    public bool HasPrevious => Skipped > 0;

    /// <summary>The <c>after</c> of the previous page; null when that is the first page.</summary>
    public string? PreviousAfter => Skipped > PageSize ? (Skipped - PageSize).ToString(CultureInfo.InvariantCulture) : null;

    public void ApplyTo(RecommendationsRequestBuilder.RecommendationsRequestBuilderGetQueryParameters query)
    {
        query.Kind = Given(Kind);
        query.Status = Given(Status);
        query.Target = Given(Target);
        query.MinConfidence = Given(MinConfidence);
        query.After = Given(After);
        query.Limit = PageSize.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The URL's query after <paramref name="name"/> changes to <paramref name="value"/>: a filter change starts again at the first page.</summary>
    public static Dictionary<string, object?> Changed(string name, string? value) => new()
    {
        [name] = Given(value),
        ["after"] = null,
    };

    /// <summary>An empty value counts as absent, as the API counts it.</summary>
    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
