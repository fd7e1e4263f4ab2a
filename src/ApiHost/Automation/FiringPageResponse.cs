using GrainMarketing.Automation;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>A page of rule history, newest first; pass <see cref="Next"/> as <c>before</c> for the next page (null at the end).</summary>
public sealed record FiringPageResponse(IReadOnlyList<RuleFiring> Items, long? Next)
{
    public static FiringPageResponse From(FiringPage page) => new([.. page.Items.Select(item => item.Firing)], page.Next);
}
