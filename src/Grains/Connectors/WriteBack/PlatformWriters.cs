using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Metrics;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>The write-back of each platform for one account, from the configured endpoints and the connectors' HTTP client.</summary>
public sealed class PlatformWriters(IHttpClientFactory clients, IOptions<ConnectorOptions> options)
{
    /// <summary>The platform's writer, or null when the platform is not configured here (changes then stay pending).</summary>
    public IPlatformWriter? For(AdPlatform platform, string accountId)
    {
        var endpoints = platform == AdPlatform.Other ? null : options.Value.For(platform);
        if (endpoints?.ApiBaseUrl is null)
        {
            return null;
        }

        var http = clients.CreateClient(PlatformHttp.ClientName);
        return platform switch
        {
            AdPlatform.Meta => new MetaWriter(http, endpoints),
            AdPlatform.Google => new GoogleWriter(http, endpoints, accountId),
            AdPlatform.TikTok => new TikTokWriter(http, endpoints, accountId),
            _ => new SnapchatWriter(http, endpoints, accountId),
        };
    }
}
