using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>A page of entries and exits, newest first; pass <see cref="Next"/> as <c>before</c> for the next page (null at the end).</summary>
public sealed record PatternChangePageResponse(IReadOnlyList<PatternChangeResponse> Items, long? Next)
{
    public static PatternChangePageResponse From(PatternChangePage page) => new([.. page.Items.Select(PatternChangeResponse.From)], page.Next);
}
