using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors;

/// <summary>What a silo-side account grain needs to call the platform for one selected account: never leaves the cluster, never printed.</summary>
/// <param name="AccessToken">The token in clear; null when the connection cannot be used now, and <paramref name="Problem"/> says why.</param>
/// <param name="WriteBack">Whether changes rules and recommendations make are pushed to the platform.</param>
/// <param name="DryRun">A dry-run connection reads but never writes.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.AccountAccess")]
public sealed record AccountAccess(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] ConnectedAccount Account,
    [property: Id(2)] string? AccessToken,
    [property: Id(3)] bool WriteBack,
    [property: Id(4)] bool DryRun,
    [property: Id(5)] string? Problem)
{
    /// <summary>Leaves the token out, so a log line or an exception message cannot carry it.</summary>
    public override string ToString() => $"AccountAccess {{ Platform = {Platform}, Account = {Account.Id}, WriteBack = {WriteBack}, DryRun = {DryRun}, Problem = {Problem} }}";
}
