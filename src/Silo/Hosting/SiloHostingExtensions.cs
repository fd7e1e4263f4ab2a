using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Connectors;
using GrainMarketing.Currencies;
using GrainMarketing.Hosting;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.Persistence;
using GrainMarketing.Profiles;
using GrainMarketing.Silo.Dashboard;
using GrainMarketing.Streaming;
using Npgsql;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Streams;
using OpenTelemetry.Metrics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace GrainMarketing.Silo.Hosting;

/// <summary>Composition of the silo process: Orleans with the configured provider profile, telemetry, dashboard.</summary>
/// <remarks>The HTTP ports listen on <see cref="SiloOptions.ListenAddress"/> (loopback by default); the dashboard runs only behind its password.</remarks>
public static class SiloHostingExtensions
{
    private const string AdoNetInvariant = "Npgsql";

    public static WebApplicationBuilder AddGrainMarketingSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var silo = configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        AddSiloOptions(builder.Services);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var port in (silo.DashboardEnabled ? new[] { silo.MetricsPort, silo.DashboardPort } : [silo.MetricsPort]).Distinct())
            {
                kestrel.Listen(IPAddress.Parse(silo.ListenAddress), port);
            }
        });
        if (silo.DashboardEnabled)
        {
            builder.Services.AddAuthentication(DashboardAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, DashboardAuthenticationHandler>(DashboardAuthenticationHandler.SchemeName, configureOptions: null);
            builder.Services.AddAuthorization();
        }

        builder.UseOrleans(orleans =>
        {
            orleans.Configure<ClusterOptions>(configuration.GetSection("Orleans"));
            orleans.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = silo.MinimumReminderPeriod);
            if (silo.DashboardEnabled)
            {
                orleans.AddDashboard(options => options.CounterUpdateIntervalMs = (int)Math.Max(1000, silo.DashboardCounterInterval.TotalMilliseconds));
            }

            orleans.Services.AddGrainMarketingGrains();
            orleans.Services.AddGrainMarketingAlerts();
            orleans.Services.AddGrainMarketingConnectors();
            orleans.Services.AddGrainMarketingExchangeRates();
            if (storage.Provider == StorageProvider.Postgres)
            {
                UsePostgres(orleans, PostgresConnectionString(configuration), silo);
                ProtectKeyRing(orleans.Services, configuration);
            }
            else
            {
                UseMemory(orleans, silo);
            }
        });

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.Orleans")
            .AddMeter(AlertInstruments.MeterName)
            .AddMeter(AutomationInstruments.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        builder.Services.AddHealthChecks().AddCheck<SiloActiveHealthCheck>("silo", tags: ["ready"]);
        return builder;
    }

    private static void AddSiloOptions(IServiceCollection services)
    {
        services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations()
            .Validate(options => IPAddress.TryParse(options.ListenAddress, out _), "Silo:ListenAddress must be an IP address.")
            .ValidateOnStart();
        services.AddOptions<TenantScheduleOptions>().BindConfiguration(TenantScheduleOptions.Section);
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.Section);
        services.AddOptions<AutomationOptions>().BindConfiguration(AutomationOptions.Section);
        services.AddOptions<ProfileOptions>().BindConfiguration(ProfileOptions.Section);
        services.AddOptions<OutcomeModelOptions>().BindConfiguration(OutcomeModelOptions.Section);
        services.AddKeyedSingleton(DomainClock.Key, TimeProvider.System);
    }

    /// <summary>Clustering, grain state, reminders and the stores in one database; the metric streams over its journal.</summary>
    private static void UsePostgres(ISiloBuilder orleans, string connectionString, SiloOptions silo)
    {
        var advertised = string.IsNullOrWhiteSpace(silo.AdvertisedAddress) ? null : IPAddress.Parse(silo.AdvertisedAddress);
        orleans.ConfigureEndpoints(advertised ?? IPAddress.Loopback, silo.SiloPort, silo.GatewayPort, listenOnAnyHostAddress: true);
        orleans.UseAdoNetClustering(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        orleans.AddAdoNetGrainStorage(StorageNames.Default, options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        orleans.AddAdoNetGrainStorage(StorageNames.PubSub, options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        orleans.UseAdoNetReminderService(options =>
        {
            options.Invariant = AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        orleans.Services.AddGrainMarketingPostgresStores(connectionString);
        AddJournalStreams(orleans, silo);
    }

    /// <summary>Encrypts the Data Protection key ring in PostgreSQL with the certificate at <c>DataProtection:CertificatePath</c> (PKCS #12), when one is configured.</summary>
    /// <remarks>Without one, the keys that encrypt the secrets in grain state are stored in clear beside it, and Data Protection logs a warning saying so.</remarks>
    private static void ProtectKeyRing(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path)
        {
            return;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]);
        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>The metric streams as persistent streams over the journal, and the grain that prunes it.</summary>
    private static void AddJournalStreams(ISiloBuilder orleans, SiloOptions silo)
    {
        orleans.Services.AddOptions<JournalOptions>().BindConfiguration(JournalOptions.Section);
        orleans.Services.AddSingleton(services => JournalQueueAdapterFactory.Build(services, MetricStreams.Provider));
        orleans.Services.AddSingleton<IStreamPublisher, JournalStreamPublisher>();
        orleans.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IJournalMaintenanceGrain>(0).StartAsync());
        orleans.AddPersistentStreams(MetricStreams.Provider, JournalQueueAdapterFactory.Create, streams => ConsumeImplicitly(streams, silo));
    }

    /// <summary>One silo on localhost with everything in its memory, for the process's lifetime.</summary>
    private static void UseMemory(ISiloBuilder orleans, SiloOptions silo)
    {
        orleans.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort);
        orleans.AddMemoryGrainStorage(StorageNames.Default);
        orleans.AddMemoryGrainStorage(StorageNames.PubSub);
        orleans.UseInMemoryReminderService();
        orleans.Services.AddGrainMarketingMemoryStores();
        orleans.AddMemoryStreams(MetricStreams.Provider, streams => ConsumeImplicitly(streams, silo));
    }

    /// <summary>Implicit subscribers only, and the pulling agents' poll and idle periods from the silo's options.</summary>
    private static void ConsumeImplicitly(ISiloPersistentStreamConfigurator streams, SiloOptions silo)
    {
        // Every consumer subscribes implicitly (campaigns, profiles): subscribers come from the implicit
        // table alone, with no pub-sub rendezvous grain and PubSubStore row per stream (a million
        // customers' first events activated a million of them).
        streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
        streams.ConfigurePullingAgent(agent => agent.Configure(options =>
            (options.GetQueueMsgsTimerPeriod, options.StreamInactivityPeriod) = (silo.StreamPollPeriod, silo.StreamInactivityPeriod)));
    }

    private static string PostgresConnectionString(IConfiguration configuration) =>
        WithAutoPrepare(configuration.GetConnectionString(StorageOptions.ConnectionStringName)
            ?? throw new OptionsValidationException(StorageOptions.ConnectionStringName, typeof(StorageOptions),
                ["Storage:Provider is Postgres but ConnectionStrings:Postgres is not set."]));

    /// <summary>Lets Npgsql prepare statements on the server after their second use, unless the connection string says otherwise.</summary>
    /// <remarks>
    /// The Orleans providers and the journal repeat a few statements thousands of times a second, and parsing and
    /// planning them each time showed in the server's profile.
    /// </remarks>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    public static WebApplication MapSiloEndpoints(this WebApplication app)
    {
        var silo = app.Services.GetRequiredService<IOptions<SiloOptions>>().Value;

        // Each port serves only its own paths. Matched on the port the connection arrived at, not the
        // Host header, so a port remapped by a container runtime or proxy still works.
        app.Use((http, next) =>
        {
            var dashboard = http.Request.Path.StartsWithSegments("/dashboard");
            var expectedPort = dashboard ? silo.DashboardPort : silo.MetricsPort;
            if (http.Connection.LocalPort != expectedPort)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(http);
        });
        app.MapPrometheusScrapingEndpoint();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        if (silo.DashboardEnabled)
        {
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapOrleansDashboard("/dashboard").RequireAuthorization();
        }

        return app;
    }
}
