using GrainMarketing.Audit;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>A page of a tenant's trail, newest first.</summary>
/// <param name="Next">The <c>before</c> of the following page; null after the last.</param>
public sealed record AuditPageResponse(IReadOnlyList<AuditEntryResponse> Items, long? Next)
{
    public static AuditPageResponse From(AuditPage page) => new([.. page.Items.Select(AuditEntryResponse.From)], page.Next);
}
