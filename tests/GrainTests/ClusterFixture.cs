using GrainMarketing.Alerts;
using GrainMarketing.Analysis;
using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.GrainTests.Alerts;
using GrainMarketing.GrainTests.Analysis;
using GrainMarketing.GrainTests.Automation;
using GrainMarketing.History;
using GrainMarketing.Offers;
using GrainMarketing.Persistence;
using GrainMarketing.Profiles;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.Streams;
using Orleans.TestingHost;

namespace GrainMarketing.GrainTests;

/// <summary>
/// One in-process two-silo cluster for every grain test: memory storage and reminders, and a shared
/// fake clock the tests move by hand. Tests use their own grain keys, so they never see each other.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    /// <summary>The audit log both silos write to and read from, as they would share the <c>audit_log</c> table.</summary>
    private readonly InMemoryAuditLog _auditLog = new();
    /// <summary>Alert retries wait 50 ms, then 100 ms; a delivery has three attempts.</summary>
    public static readonly TimeSpan AlertRetryBase = TimeSpan.FromMilliseconds(50);

    private InProcessTestCluster? _cluster;

    public ClusterFixture()
    {
        Analyses = new GatedAnalysisStore(new InMemoryAnalysisStore(Customers));
        CustomerStore = new InMemoryCustomerStore(Customers);
        CampaignTargets = new InMemoryCampaignTargetStore(Customers);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>The history both silos write to and read from, as they would share the database.</summary>
    public InMemoryMetricHistory History { get; } = new();

    /// <summary>The receivers alert deliveries reach, and the alert history, both shared by the silos.</summary>
    public ScriptedTransport AlertReceivers { get; } = new();

    public RecordingAlertHistory AlertHistory { get; } = new();

    public IClusterClient Client => _cluster!.Client;

    /// <summary>The analysis store both silos use, over <see cref="Customers"/>; a test can hold a tenant's runs in it.</summary>
    public GatedAnalysisStore Analyses { get; }

    /// <summary>The refreshes customers' profiles received.</summary>
    public RefreshRecorder Refreshes { get; } = new();

    /// <summary>The campaign target lists both silos share, as they would share <c>campaign_targets</c>.</summary>
    public InMemoryCampaignTargetStore CampaignTargets { get; }

    /// <summary>The rule history both silos append to, as they would share the database.</summary>
    public InMemoryFiringLog Firings { get; } = new();
    public static readonly TimeSpan CheckpointPeriod = TimeSpan.FromSeconds(1);

    /// <summary>Grains whose next write to the default storage fails (both silos write through <see cref="FailingWritesStorage"/>).</summary>
    public WriteFailures WriteFailures { get; } = new();

    /// <summary>The writes to the default storage that succeeded, so a test can wait for a grain's checkpoint.</summary>
    public StorageWrites StorageWrites { get; } = new();

    /// <summary>The rule set reads grains make, so a test can wait for a campaign's judgement.</summary>
    public RuleSetReads RuleSetReads { get; } = new();

    /// <summary>The customer table both silos write to and read from, as they would share <c>customer_profiles</c>; tests seed rows into it.</summary>
    public InMemoryCustomerTable Customers { get; } = new();

    /// <summary>The customer store over <see cref="Customers"/> (rows and recorded pattern changes) both silos use.</summary>
    public InMemoryCustomerStore CustomerStore { get; }

    /// <summary>The audit log the second silo gives its grains, as a grain there would write to it.</summary>
    public IAuditLog SiloAuditLog => _cluster!.Silos[1].ServiceProvider.GetRequiredService<IAuditLog>();

    /// <summary>The first silo's services (its grain storage, for one).</summary>
    /// <summary>The Data Protection keys both silos share, as the Postgres profile's silos share the key ring in the database.</summary>
    public EphemeralDataProtectionProvider KeyRing { get; } = new();

    public IServiceProvider SiloServices => _cluster!.Silos[0].ServiceProvider;

    /// <summary>Every silo's services, to read what each silo keeps in memory (its response-curve cache, for one).</summary>
    public IEnumerable<IServiceProvider> AllSiloServices => _cluster!.Silos.Select(silo => silo.ServiceProvider);

    /// <summary>The reminder table the silos share, to see which durable reminders grains registered.</summary>
    public IReminderTable Reminders => _cluster!.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();

    /// <summary>
    /// Puts the domain clock at <paramref name="instant"/>, earlier or later than now, without firing fake timers.
    /// Safe because the tests of one collection run one at a time.
    /// </summary>
    public DateTimeOffset SetClock(DateTimeOffset instant)
    {
        Clock.AdjustTime(instant);
        return instant;
    }

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(FailingWritesStorage.InnerName);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Default, (services, _) =>
                new FailingWritesStorage(services.GetRequiredKeyedService<IGrainStorage>(FailingWritesStorage.InnerName), WriteFailures, StorageWrites));
            silo.AddMemoryGrainStorage(StorageNames.PubSub);
            silo.UseInMemoryReminderService();
            silo.AddMemoryStreams(MetricStreams.Provider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
            silo.Services.AddGrainMarketingGrains();
            silo.Services.AddKeyedSingleton<TimeProvider>(DomainClock.Key, Clock);
            silo.Services.AddSingleton<IMetricHistory>(History);
            silo.Services.AddSingleton<IFiringLog>(Firings);
            silo.Services.AddSingleton(Customers);
            silo.Services.AddSingleton<IAnalysisStore>(Analyses);
            silo.AddIncomingGrainCallFilter(Refreshes);
            silo.AddIncomingGrainCallFilter(RuleSetReads);
            silo.Services.AddSingleton<ICustomerStore>(CustomerStore);
            silo.Services.AddSingleton<ICampaignTargetStore>(CampaignTargets);
            // Two silos: a cached judging or campaign list would hide a threshold or campaign just set on the other silo.
            // Short, so a test sees a profile's one-shot checkpoint come (and come again after a later change).
            silo.Services.Configure<CampaignOptions>(options => options.CheckpointPeriod = CheckpointPeriod);
            silo.Services.Configure<ProfileOptions>(options => (options.ThresholdsCacheDuration, options.CampaignCacheDuration) = (TimeSpan.Zero, TimeSpan.Zero));
            silo.Services.Configure<AutomationOptions>(options =>
            {
                // Two silos: a rule book invalidates only its own silo's copy, so tests read rules fresh every time.
                options.RuleCacheDuration = TimeSpan.Zero;
                options.EvaluationDelay = TimeSpan.FromMilliseconds(20);
            });
            silo.Services.AddSingleton<IAuditLog>(_auditLog);
            silo.Services.Configure<TenantScheduleOptions>(options => options.CheckPeriod = TimeSpan.FromMinutes(1));
            silo.Services.AddGrainMarketingAlerts();
            silo.Services.AddSingleton<IAlertTransport>(AlertReceivers);
            // One key ring for both silos: a router's secrets protected on one silo are read on the other.
            silo.Services.AddSingleton<IDataProtectionProvider>(KeyRing);
            silo.Services.AddSingleton<IAlertHistory>(AlertHistory);
            // Every other store of the Memory profile; the shared instances registered above are kept.
            silo.Services.AddGrainMarketingMemoryStores();
            silo.Services.Configure<AlertOptions>(options =>
            {
                options.RetryBaseDelay = AlertRetryBase;
                options.MaxAttempts = 3;
            });
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(MetricStreams.Provider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly)));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
