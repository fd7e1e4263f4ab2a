using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>The auth client of each platform, from the configured endpoints and the connectors' HTTP client.</summary>
public sealed class PlatformAuths(IHttpClientFactory clients, IOptions<ConnectorOptions> options, [FromKeyedServices(DomainClock.Key)] TimeProvider clock)
{
    /// <summary>The platform's client; a <see cref="Errors.ValidationFailedException"/> naming <c>platform</c> when it is not configured here.</summary>
    public IPlatformAuth For(AdPlatform platform)
    {
        var endpoints = platform == AdPlatform.Other ? null : options.Value.For(platform);
        if (endpoints is not { Configured: true })
        {
            throw new Errors.ValidationFailedException(new Dictionary<string, string[]>
            {
                ["platform"] = [$"No {EnumNames.Camel(platform)} app is configured on this installation (Connectors:{platform})."],
            });
        }

        var http = clients.CreateClient(PlatformHttp.ClientName);
        return platform switch
        {
            AdPlatform.Meta => new MetaAuth(http, endpoints, clock),
            AdPlatform.Google => new GoogleAuth(http, endpoints, clock),
            AdPlatform.TikTok => new TikTokAuth(http, endpoints),
            _ => new SnapchatAuth(http, endpoints, clock),
        };
    }
}
