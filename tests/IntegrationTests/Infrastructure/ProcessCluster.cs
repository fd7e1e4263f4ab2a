using Npgsql;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// A real deployment in the Postgres profile for one test: its own database (migrated by the real
/// <c>migrate</c> command), silo processes and an API host process, each on free loopback ports.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly List<AppProcess> _silos = [];
    private readonly List<Dictionary<string, string>> _siloPorts = [];
    private readonly List<AppProcess> _otherApis = [];
    private readonly Dictionary<string, string> _settings;
    /// <summary>False for a view that runs its own API host on another cluster's silos: disposing it leaves those silos and the database alone.</summary>
    private readonly bool _ownsSilosAndDatabase = true;

    private ProcessCluster(string database, Dictionary<string, string> settings)
    {
        Database = database;
        _settings = settings;
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = database }.ConnectionString;
        _settings["Storage__Provider"] = "Postgres";
        _settings["ConnectionStrings__Postgres"] = ConnectionString;
        _settings["Orleans__ClusterId"] = database;
        _settings["Orleans__ServiceId"] = database;
        _settings.TryAdd("Auth__SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)));
        // Every test calls from 127.0.0.1 and many sign up in parallel: the per-address limit would throttle them.
        _settings.TryAdd("RateLimits__Anonymous__TokenLimit", "100000");
        _settings.TryAdd("RateLimits__Anonymous__TokensPerPeriod", "100000");
        // One account creates the tenants of many tests, and every sign-up comes from the same address.
        foreach (var limit in new[] { "Registrations", "TenantCreations", "InvitationAcceptances" })
        {
            _settings.TryAdd($"RateLimits__{limit}__TokenLimit", "100000");
            _settings.TryAdd($"RateLimits__{limit}__TokensPerPeriod", "100000");
        }
        _settings.TryAdd("RateLimits__Addresses__TokenLimit", "100000");
        _settings.TryAdd("RateLimits__Addresses__TokensPerPeriod", "100000");
    }

    private ProcessCluster(string database, Dictionary<string, string> settings, bool ownsSilosAndDatabase)
        : this(database, settings) => _ownsSilosAndDatabase = ownsSilosAndDatabase;

    public string Database { get; }

    /// <summary>The settings every process gets, as environment variable names (<c>Section__Key</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public string ConnectionString { get; }

    public IReadOnlyList<AppProcess> Silos => _silos;

    public AppProcess? Api { get; private set; }

    /// <summary>Base address of the running API host.</summary>
    public Uri ApiAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A cluster with a fresh, migrated database; <paramref name="settings"/> go to every process as environment variables.</summary>
    public static async Task<ProcessCluster> CreateAsync(IDictionary<string, string>? settings = null)
    {
        var cluster = new ProcessCluster($"gm_it_{Guid.NewGuid():N}"[..20], new Dictionary<string, string>(settings ?? new Dictionary<string, string>()));
        var exitCode = await cluster.MigrateAsync();
        return exitCode == 0 ? cluster : throw new InvalidOperationException("migrate failed");
    }

    /// <summary>
    /// A view of this cluster's database and silos for an API host of its own, which gets
    /// <paramref name="apiSettings"/> over this cluster's settings (they must be the API host's alone:
    /// the silos keep theirs). Disposing the view stops only the API hosts it started.
    /// </summary>
    public ProcessCluster ViewWithOwnApi(IDictionary<string, string>? apiSettings)
    {
        var settings = new Dictionary<string, string>(_settings);
        foreach (var (name, value) in apiSettings ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return new ProcessCluster(Database, settings, ownsSilosAndDatabase: false) { SiloMetricsAddress = SiloMetricsAddress };
    }

    /// <summary>Runs <c>GrainMarketing.Silo migrate</c> against this cluster's database and returns its exit code and output.</summary>
    public async Task<int> MigrateAsync(Action<string>? output = null)
    {
        await using var migrate = AppProcess.Start("migrate", TestEnvironment.SiloDll, _settings, "migrate");
        var exitCode = await migrate.WaitForExitAsync(StartTimeout);
        output?.Invoke(migrate.Output);
        return exitCode;
    }

    /// <summary>Base address of the first silo's metrics and health port.</summary>
    public Uri SiloMetricsAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task<AppProcess> StartSiloAsync()
    {
        var metricsPort = FreePort.Next();
        if (_silos.Count == 0)
        {
            SiloMetricsAddress = new Uri($"http://127.0.0.1:{metricsPort}/");
        }

        var ports = new Dictionary<string, string>
        {
            ["Silo__SiloPort"] = Port(),
            ["Silo__GatewayPort"] = Port(),
            ["Silo__MetricsPort"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo__DashboardPort"] = Port(),
        };
        _siloPorts.Add(ports);
        var silo = await LaunchSiloAsync(_silos.Count, ports);
        _silos.Add(silo);
        return silo;
    }

    /// <summary>
    /// Starts silo <paramref name="index"/> again on its ports after it was killed, as a restarted machine comes back: the
    /// new generation at the same address declares the dead one gone at once, so even a cluster's only silo returns.
    /// </summary>
    public async Task<AppProcess> RestartSiloAsync(int index)
    {
        await _silos[index].DisposeAsync();
        _silos[index] = await LaunchSiloAsync(index, _siloPorts[index]);
        return _silos[index];
    }

    private async Task<AppProcess> LaunchSiloAsync(int index, Dictionary<string, string> ports)
    {
        var silo = AppProcess.Start($"silo{index + 1}", TestEnvironment.SiloDll, With(new(ports)));
        await silo.WaitUntilReadyAsync($"http://127.0.0.1:{ports["Silo__MetricsPort"]}/health/ready", StartTimeout);
        return silo;
    }

    public async Task<AppProcess> StartApiAsync()
    {
        var port = FreePort.Next();
        ApiAddress = new Uri($"http://127.0.0.1:{port}/");
        Api = AppProcess.Start("api", TestEnvironment.ApiHostDll, With(new() { ["Urls"] = ApiAddress.ToString().TrimEnd('/') }));
        await Api.WaitUntilReadyAsync(new Uri(ApiAddress, "health/ready").ToString(), StartTimeout);
        return Api;
    }

    /// <summary>Starts another API host beside <see cref="Api"/> and answers its address.</summary>
    public async Task<Uri> StartAnotherApiAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var api = AppProcess.Start($"api{_otherApis.Count + 2}", TestEnvironment.ApiHostDll, With(new() { ["Urls"] = address.ToString().TrimEnd('/') }));
        _otherApis.Add(api);
        await api.WaitUntilReadyAsync(new Uri(address, "health/ready").ToString(), StartTimeout);
        return address;
    }

    /// <summary>Starts <paramref name="silos"/> silos side by side (membership lets them join in any order), then the API host, whose client needs a gateway.</summary>
    public async Task StartAsync(int silos)
    {
        await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => StartSiloAsync()));
        await StartApiAsync();
    }

    /// <summary>Stops every process gracefully: the API host first, then the silos.</summary>
    public async Task StopAllAsync()
    {
        if (Api is not null)
        {
            await Api.StopAsync();
            await Api.DisposeAsync();
            Api = null;
        }

        foreach (var silo in _silos)
        {
            await silo.StopAsync();
            await silo.DisposeAsync();
        }

        _silos.Clear();
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient CreateApiClient() => new() { BaseAddress = ApiAddress, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>A client signed in as a new account (or <paramref name="email"/>), and its access token, which outlives restarts of the processes.</summary>
    public async Task<(HttpClient Client, string Token)> CreateSignedInClientAsync(string? email = null)
    {
        var client = CreateApiClient();
        var token = await TestAccounts.SignUpAsync(client, email ?? TestAccounts.NewEmail());
        return (client.WithBearer(token), token);
    }

    public async Task<T> QueryScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Everything the processes printed, for a failing assertion's message.</summary>
    public string Output() =>
        string.Join("\n\n", _silos.Append(Api).Concat(_otherApis).OfType<AppProcess>().Select(p => $"--- {p.Name} ---\n{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        foreach (var api in _otherApis)
        {
            await api.DisposeAsync();
        }

        if (!_ownsSilosAndDatabase)
        {
            return;
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresServer + ";Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Port() => FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Dictionary<string, string> With(Dictionary<string, string> extra)
    {
        foreach (var (key, value) in _settings)
        {
            extra.TryAdd(key, value);
        }

        return extra;
    }
}
