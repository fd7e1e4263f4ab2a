using System.IO.Compression;
using System.Text.Json;

namespace GrainMarketing.Insights.Predictions;

/// <summary>The bytes a model version is stored as: a zip of the manifest (JSON) and one ML.NET model per outcome.</summary>
public static class ModelPackage
{
    private const string ManifestEntry = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Write(ModelManifest manifest, IReadOnlyDictionary<CampaignOutcome, byte[]> models)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
            foreach (var (outcome, bytes) in models)
            {
                Add(zip, Entry(outcome), bytes);
            }
        }

        return stream.ToArray();
    }

    public static (ModelManifest Manifest, IReadOnlyDictionary<CampaignOutcome, byte[]> Models) Read(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var manifest = JsonSerializer.Deserialize<ModelManifest>(ReadEntry(zip, ManifestEntry), Json)
            ?? throw new InvalidDataException("The model package's manifest is empty.");
        var models = manifest.Outcomes.ToDictionary(calibration => calibration.Outcome, calibration => ReadEntry(zip, Entry(calibration.Outcome)));
        return (manifest, models);
    }

    private static string Entry(CampaignOutcome outcome) => $"{EnumNames.Camel(outcome)}.zip";

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(bytes);
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"The model package has no {name}.");
        using var source = entry.Open();
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        return copy.ToArray();
    }
}
