namespace GrainMarketing.Profiles;

/// <summary>An offer campaign that targets this customer, as the profile keeps it.</summary>
/// <remarks>
/// Whether the customer is held out, where the offer is placed for them, and their purchases and revenue
/// inside the campaign's window.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.CampaignTarget")]
public sealed class CampaignTarget
{
    [Id(0)] public bool HeldOut { get; set; }

    [Id(1)] public string? Place { get; set; }

    [Id(2)] public int Purchases { get; set; }

    [Id(3)] public decimal Revenue { get; set; }
}
