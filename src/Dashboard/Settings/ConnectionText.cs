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

    public static string WriteBack(Connection connection) => connection switch
    {
        { DryRun: true } => " Dry run: nothing is ever written to the platform.",
        { WriteBack: true } => " Actions are pushed to the platform.",
        _ => " Actions stay pending until a person applies them.",
    };
}
