namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>A report row's coordinates: the entity (campaign, ad set, ad or account id), the day when split by day, the platform's age and gender words when broken down ("" otherwise).</summary>
public sealed record RowKey(string Entity, DateOnly? Day, string Age, string Gender);
