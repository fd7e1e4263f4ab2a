using System.Buffers;
using System.Text.Json;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Problems;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Reads the records of an ingestion request, whatever their type.</summary>
/// <remarks>
/// A JSON batch (<c>{"items":[…]}</c>) or NDJSON (<see cref="NdjsonContentType"/>), one record per line. More
/// than the allowed number of records refuses the request.
/// </remarks>
public static class IngestBody
{
    public const string NdjsonContentType = "application/x-ndjson";

    public static Task<IReadOnlyList<TRecord>> ReadAsync<TRecord>(
        HttpRequest request, JsonSerializerOptions json, int max, CancellationToken cancellationToken) =>
        IsNdjson(request) ? ReadNdjsonAsync<TRecord>(request, json, max, cancellationToken) : ReadJsonAsync<TRecord>(request, json, max, cancellationToken);

    /// <summary>The whole body as bytes, for the CSV importers.</summary>
    public static async Task<MemoryStream> BufferAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer;
    }

    /// <summary>Refuses a file with more rows than <paramref name="max"/>.</summary>
    public static void RequireAtMost(int rows, int max)
    {
        if (rows > max)
        {
            throw ValidationErrors.Refusal("file", $"At most {max} rows per request; split the file.");
        }
    }

    private static bool IsNdjson(HttpRequest request) =>
        request.ContentType?.StartsWith(NdjsonContentType, StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<IReadOnlyList<TRecord>> ReadJsonAsync<TRecord>(
        HttpRequest request, JsonSerializerOptions json, int max, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Send application/json or application/x-ndjson.", StatusCodes.Status415UnsupportedMediaType);
        }

        IngestBatchRequest<TRecord>? body;
        try
        {
            body = await request.ReadFromJsonAsync<IngestBatchRequest<TRecord>>(json, cancellationToken);
        }
        catch (JsonException unreadable)
        {
            // The same 400 the framework gives a body it binds itself, naming where the JSON broke.
            throw new BadHttpRequestException("The body is not valid JSON.", StatusCodes.Status400BadRequest, unreadable);
        }

        var items = body?.Items ?? throw ValidationErrors.Refusal("items", "Required: the records to ingest.");
        return items.Count <= max
            ? items
            : throw ValidationErrors.Refusal("items", $"At most {max} records per request; split the load.");
    }

    /// <summary>Reads one record per line straight from the request's UTF-8 bytes: no string per line, and a line is copied only when it straddles two reads of the body.</summary>
    private static async Task<IReadOnlyList<TRecord>> ReadNdjsonAsync<TRecord>(
        HttpRequest request, JsonSerializerOptions json, int max, CancellationToken cancellationToken)
    {
        var records = new List<TRecord>();
        var body = request.BodyReader;
        var line = 0;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            try
            {
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    AddRecord(records, buffer.Slice(0, end), ++line, json, max);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                }

                if (read.IsCompleted)
                {
                    AddRecord(records, buffer, ++line, json, max);
                    buffer = buffer.Slice(buffer.End);
                    return records.Count > 0 ? records : throw ValidationErrors.Refusal("$", "The body holds no records: send one JSON object per line.");
                }
            }
            finally
            {
                // Also when a line is refused: a reader left without AdvanceTo cannot be drained, and the connection would be dropped.
                body.AdvanceTo(buffer.Start, read.Buffer.End);
            }
        }
    }

    private static void AddRecord<TRecord>(List<TRecord> records, ReadOnlySequence<byte> line, int number, JsonSerializerOptions json, int max)
    {
        var text = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
        if (text.Trim(" \t\r"u8).IsEmpty)
        {
            return;
        }

        if (records.Count == max)
        {
            throw ValidationErrors.Refusal("$", $"At most {max} records per request; split the load.");
        }

        try
        {
            records.Add(JsonSerializer.Deserialize<TRecord>(text, json) ?? throw new JsonException("null is not a record"));
        }
        catch (JsonException exception)
        {
            var reason = JsonProblems.IsDuplicateProperty(exception) ? JsonProblems.DuplicateProperty : "unreadable value.";
            throw ValidationErrors.Refusal($"line {number}", exception.Path is { Length: > 1 } path ? $"{path[2..]}: {reason}" : "Not a JSON object.");
        }
    }
}
