using Microsoft.Extensions.Options;

namespace GrainMarketing.Profiles;

/// <summary>Group commit for the customer table, one per silo: profiles hand it rows and changes, it writes them in batches.</summary>
/// <remarks>
/// Many profiles hand it rows and changes at once, and it writes them one batch at a time (at most
/// <see cref="ProfileOptions.WriteBatchRows"/> rows each, a caller's part never split), in the order they
/// came. Each caller's task completes when the write holding its part has completed, or fails with it.
/// </remarks>
public sealed class CustomerWriter(ICustomerStore store, IOptions<ProfileOptions> options)
{
    private readonly Queue<Part> _queue = new();
    private readonly Lock _lock = new();
    private bool _writing;

    public Task WriteAsync(IReadOnlyList<CustomerRow> rows, IReadOnlyList<PatternChangeRow> changes)
    {
        if (rows.Count == 0 && changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        var part = new Part(rows, changes, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (_lock)
        {
            _queue.Enqueue(part);
            start = !_writing;
            _writing = true;
        }

        if (start)
        {
            _ = Task.Run(DrainAsync);
        }

        return part.Written.Task;
    }

    private async Task DrainAsync()
    {
        while (Next() is { } batch)
        {
            try
            {
                await store.WriteAsync([.. batch.SelectMany(part => part.Rows)], [.. batch.SelectMany(part => part.Changes)], CancellationToken.None);
                batch.ForEach(part => part.Written.TrySetResult());
            }
            catch (Exception exception)
            {
                batch.ForEach(part => part.Written.TrySetException(exception));
            }
        }
    }

    /// <summary>The parts of the next write: the oldest, and those after it while the rows fit; null (and the writer idle) when none wait.</summary>
    private List<Part>? Next()
    {
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                _writing = false;
                return null;
            }

            var batch = new List<Part> { _queue.Dequeue() };
            var rows = batch[0].Rows.Count;
            while (_queue.TryPeek(out var next) && rows + next.Rows.Count <= options.Value.WriteBatchRows)
            {
                rows += next.Rows.Count;
                batch.Add(_queue.Dequeue());
            }

            return batch;
        }
    }

    private sealed record Part(IReadOnlyList<CustomerRow> Rows, IReadOnlyList<PatternChangeRow> Changes, TaskCompletionSource Written);
}
