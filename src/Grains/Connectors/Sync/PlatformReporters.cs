using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Connectors.Sync;

/// <summary>Each platform's reporting client, from the configured endpoints and the connectors' HTTP client.</summary>
public sealed class PlatformReporters(IHttpClientFactory clients, IOptions<ConnectorOptions> options, [FromKeyedServices(DomainClock.Key)] TimeProvider clock)
{
    public IPlatformReporter For(AdPlatform platform)
    {
        var endpoints = options.Value.For(platform);
        var http = clients.CreateClient(PlatformHttp.ClientName);
        return platform switch
        {
            AdPlatform.Meta => new MetaReporter(http, endpoints, clock),
            AdPlatform.Google => new GoogleReporter(http, endpoints),
            AdPlatform.TikTok => new TikTokReporter(http, endpoints),
            AdPlatform.Snapchat => new SnapchatReporter(http, endpoints),
            _ => throw new NotSupportedException($"No {EnumNames.Camel(platform)} reporting yet."),
        };
    }
}
