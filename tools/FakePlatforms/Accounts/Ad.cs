namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>A seeded ad; <see cref="Key"/> is unique in the process and feeds the number generator.</summary>
public sealed record Ad(string Id, string Name, long Key);
