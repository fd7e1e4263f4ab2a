using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Settings;

/// <summary>How the Connections page words a connection's platform, status and write-back.</summary>
public static class ConnectionText
{
    public static string Platform(AdPlatform? platform) => platform switch
    {
        AdPlatform.Google => "Google Ads",
        AdPlatform.Meta => "Meta",
        AdPlatform.TikTok => "TikTok",
        AdPlatform.Snapchat => "Snapchat",
        _ => "Other",
    };

    public static string Status(ConnectionStatus? status) => status switch
    {
        ConnectionStatus.Active => "connected",
        ConnectionStatus.Authorizing => "waiting for consent",
        ConnectionStatus.NeedsReauth => "needs reconnecting",
        _ => "unknown",
    };

    public static Color StatusColor(ConnectionStatus? status) => status switch
    {
        ConnectionStatus.Active => Color.Success,
        ConnectionStatus.NeedsReauth => Color.Error,
        _ => Color.Default,
    };

    /// <summary>How far the account's history has arrived.</summary>
    public static string Backfill(AccountSync sync) => sync switch
    {
        { BackfillDone: true } => $"complete from {Day(sync.BackfillFrom)}",
        { BackfilledFrom: { } from } => $"back to {Day(from)} of {Day(sync.BackfillFrom)}",
        _ => $"starting (from {Day(sync.BackfillFrom)})",
    };

    /// <summary>The newest pull's error in the platform's words, when it failed.</summary>
    public static string? LastError(AccountSync sync) => sync.Runs is [{ Error: { Length: > 0 } error }, ..] ? error : null;

    /// <summary>The newest pull in a line: what it read and how many rows.</summary>
    public static string LastRun(AccountSync sync) => sync.Runs is [var run, ..]
        ? $"{run.Kind?.ToString().ToLowerInvariant()} {Day(run.Since)}–{Day(run.Until)}: {run.Rows:N0} rows"
        : "none yet";

    private static string Day(Microsoft.Kiota.Abstractions.Date? day) => day?.ToString() ?? "?";

    public static string WriteBack(Connection connection) => connection switch
    {
        { DryRun: true } => " Dry run: nothing is ever written to the platform.",
        { WriteBack: true } => " Actions are pushed to the platform.",
        _ => " Actions stay pending until a person applies them.",
    };
}
