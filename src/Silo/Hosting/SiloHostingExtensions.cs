using GrainMarketing.Accounts;
using GrainMarketing.Alerts;
using GrainMarketing.Analysis;
using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.History;
using GrainMarketing.Hosting;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using GrainMarketing.Streaming;
using Npgsql;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Streams;
using OpenTelemetry.Metrics;
using System.Net;

namespace GrainMarketing.Silo.Hosting;

/// <summary>Composition of the silo process: Orleans with the configured provider profile, telemetry, dashboard.</summary>
public static class SiloHostingExtensions
{
    private const string AdoNetInvariant = "Npgsql";

    public static WebApplicationBuilder AddGrainMarketingSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var silo = configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<TenantScheduleOptions>().BindConfiguration(TenantScheduleOptions.Section);
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section);
        builder.Services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.Section);
        builder.Services.AddOptions<AutomationOptions>().BindConfiguration(AutomationOptions.Section);
        builder.Services.AddOptions<ProfileOptions>().BindConfiguration(ProfileOptions.Section);
        builder.Services.AddKeyedSingleton(DomainClock.Key, TimeProvider.System);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var port in (silo.Dashboard ? new[] { silo.MetricsPort, silo.DashboardPort } : [silo.MetricsPort]).Distinct())
            {
                kestrel.ListenAnyIP(port);
            }
        });

        builder.UseOrleans(orleans =>
        {
            orleans.Configure<ClusterOptions>(configuration.GetSection("Orleans"));
            orleans.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = silo.MinimumReminderPeriod);
            if (silo.Dashboard)
            {
                orleans.AddDashboard(options => options.CounterUpdateIntervalMs = (int)Math.Max(1000, silo.DashboardCounterInterval.TotalMilliseconds));
            }

            orleans.Services.AddGrainMarketingGrains();
            orleans.Services.AddGrainMarketingAlerts();

            if (storage.Provider == StorageProvider.Postgres)
            {
                var connectionString = WithAutoPrepare(configuration.GetConnectionString(StorageOptions.ConnectionStringName)
                    ?? throw new OptionsValidationException(StorageOptions.ConnectionStringName, typeof(StorageOptions),
                        ["Storage:Provider is Postgres but ConnectionStrings:Postgres is not set."]));
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
                orleans.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
                orleans.Services.AddSingleton<IMetricJournal, PostgresMetricJournal>();
                orleans.Services.AddSingleton<IMetricHistory, PostgresMetricHistory>();
                orleans.Services.AddSingleton<IFiringLog, PostgresFiringLog>();
                orleans.Services.AddSingleton<IAuditLog, PostgresAuditLog>();
                orleans.Services.AddSingleton<IAlertHistory, PostgresAlertHistory>();
                orleans.Services.AddSingleton<IAnalysisStore, PostgresAnalysisStore>();
                orleans.Services.AddSingleton<ICustomerStore, PostgresCustomerStore>();
                orleans.Services.AddSingleton<ICampaignTargetStore, PostgresCampaignTargetStore>();
                orleans.Services.AddOptions<JournalOptions>().BindConfiguration(JournalOptions.Section);
                orleans.Services.AddSingleton(services => JournalQueueAdapterFactory.Build(services, MetricStreams.Provider));
                orleans.Services.AddSingleton<IStreamPublisher, JournalStreamPublisher>();
                orleans.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IJournalMaintenanceGrain>(0).StartAsync());
                // Every consumer subscribes implicitly (campaigns, profiles): subscribers come from the implicit
                // table alone, with no pub-sub rendezvous grain and PubSubStore row per stream (a million
                // customers' first events activated a million of them).
                orleans.AddPersistentStreams(MetricStreams.Provider, JournalQueueAdapterFactory.Create, streams =>
                {
                    streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
                    streams.ConfigurePullingAgent(agent => agent.Configure(options =>
                        (options.GetQueueMsgsTimerPeriod, options.StreamInactivityPeriod) = (silo.StreamPollPeriod, silo.StreamInactivityPeriod)));
                });
            }
            else
            {
                orleans.UseLocalhostClustering(silo.SiloPort, silo.GatewayPort);
                orleans.AddMemoryGrainStorage(StorageNames.Default);
                orleans.AddMemoryGrainStorage(StorageNames.PubSub);
                orleans.UseInMemoryReminderService();
                orleans.Services.AddSingleton<IMetricHistory, InMemoryMetricHistory>();
                orleans.Services.AddSingleton<IFiringLog, InMemoryFiringLog>();
                orleans.Services.AddSingleton<IAuditLog, InMemoryAuditLog>();
                orleans.Services.AddSingleton<IAlertHistory, InMemoryAlertHistory>();
                orleans.Services.TryAddSingleton<InMemoryCustomerTable>();
                orleans.Services.AddSingleton<IAnalysisStore, InMemoryAnalysisStore>();
                orleans.Services.AddSingleton<ICustomerStore, InMemoryCustomerStore>();
                orleans.Services.AddSingleton<ICampaignTargetStore, InMemoryCampaignTargetStore>();
                orleans.AddMemoryStreams(MetricStreams.Provider, streams =>
                {
                    streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
                    streams.ConfigurePullingAgent(agent => agent.Configure(options =>
                        (options.GetQueueMsgsTimerPeriod, options.StreamInactivityPeriod) = (silo.StreamPollPeriod, silo.StreamInactivityPeriod)));
                });
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

    /// <summary>
    /// Lets Npgsql prepare statements on the server after their second use, unless the connection
    /// string says otherwise: the Orleans providers and the journal repeat a few statements thousands
    /// of times a second, and parsing and planning them each time showed in the server's profile.
    /// </summary>
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
        if (silo.Dashboard)
        {
            app.MapOrleansDashboard("/dashboard");
        }

        return app;
    }
}
