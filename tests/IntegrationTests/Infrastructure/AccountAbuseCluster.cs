using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>An <see cref="ApiCluster"/> with small account limits and a mail server that never answers, for the tests of abuse by strangers.</summary>
/// <remarks>Each test calls from its own <see cref="LoopbackSources"/> address and uses its own accounts, so the tests never share a bucket.</remarks>
public sealed class AccountAbuseCluster : ApiCluster
{
    public const int Registrations = 3;
    public const int FailedLoginsPerSource = 5;
    public const int FailedLoginsPerAccount = 8;
    public const int TenantCreations = 3;
    public const int InvitationAcceptances = 10;

    /// <summary>The one address whose X-Forwarded-For the API believes here (as the web dashboard's); <see cref="LoopbackSources"/> never hands it out.</summary>
    public static readonly IPAddress TrustedProxy = new([127, 1, 0, 1]);

    /// <summary>Accepts connections and never says a word, as a mail server that hangs would.</summary>
    private readonly TcpListener _silentSmtp = StartSilentListener();

    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = ((IPEndPoint)_silentSmtp.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
        ["Http__TrustedProxies__0"] = TrustedProxy.ToString(),
        ["RateLimits__Registrations__TokenLimit"] = $"{Registrations}",
        ["RateLimits__Registrations__TokensPerPeriod"] = "1",
        ["RateLimits__Registrations__ReplenishmentPeriod"] = "01:00:00",
        ["RateLimits__FailedLoginsPerSource__TokenLimit"] = $"{FailedLoginsPerSource}",
        ["RateLimits__FailedLoginsPerSource__TokensPerPeriod"] = "1",
        ["RateLimits__FailedLoginsPerSource__ReplenishmentPeriod"] = "01:00:00",
        ["RateLimits__FailedLoginsPerAccount__TokenLimit"] = $"{FailedLoginsPerAccount}",
        ["RateLimits__FailedLoginsPerAccount__TokensPerPeriod"] = "1",
        ["RateLimits__FailedLoginsPerAccount__ReplenishmentPeriod"] = "01:00:00",
        ["RateLimits__TenantCreations__TokenLimit"] = $"{TenantCreations}",
        ["RateLimits__TenantCreations__TokensPerPeriod"] = "1",
        ["RateLimits__TenantCreations__ReplenishmentPeriod"] = "01:00:00",
        ["RateLimits__InvitationAcceptances__TokenLimit"] = $"{InvitationAcceptances}",
        ["RateLimits__InvitationAcceptances__TokensPerPeriod"] = "1",
        ["RateLimits__InvitationAcceptances__ReplenishmentPeriod"] = "01:00:00",
    };

    /// <summary>A new account registered from its own address, and a client signed in as it from that address.</summary>
    public async Task<(HttpClient Client, string Email)> SignedInFromNewAddressAsync()
    {
        var client = LoopbackSources.CreateClient(Cluster, LoopbackSources.NewAddress());
        var email = TestAccounts.NewEmail();
        client.WithBearer(await TestAccounts.SignUpAsync(client, email));
        return (client, email);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _silentSmtp.Dispose();
    }

    private static TcpListener StartSilentListener()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }
}
