using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace GrainMarketing.Insights.Predictions;

/// <summary>One outcome's boosted-tree regression (ML.NET FastTree): trained, scored, saved and loaded.</summary>
/// <remarks>Scoring one row goes through a prediction engine, which is not thread-safe, so it is taken under a lock.</remarks>
public sealed class OutcomeRegressor
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _schema;
    private readonly PredictionEngine<FeatureRow, ScoredRow> _engine;
    private readonly Lock _engineLock = new();

    private OutcomeRegressor(MLContext ml, ITransformer model, int width)
    {
        _ml = ml;
        _model = model;
        _schema = Schema(width);
        _engine = ml.Model.CreatePredictionEngine<FeatureRow, ScoredRow>(model, inputSchemaDefinition: _schema);
    }

    /// <summary>Fits the trees to <paramref name="rows"/> and answers the model with each feature slot's share of the split gain.</summary>
    public static (OutcomeRegressor Model, double[] Gain) Train(IReadOnlyList<FeatureRow> rows, int width, OutcomeModelOptions options)
    {
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows, Schema(width));
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinRowsPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            FeatureColumnName = nameof(FeatureRow.Features),
            LabelColumnName = nameof(FeatureRow.Label),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
        });
        var fitted = trainer.Fit(data);
        VBuffer<float> weights = default;
        fitted.Model.GetFeatureWeights(ref weights);
        var gain = weights.DenseValues().Select(weight => (double)weight).ToArray();
        return (new OutcomeRegressor(ml, fitted, width), gain);
    }

    /// <summary>A model saved by <see cref="Save"/>.</summary>
    public static OutcomeRegressor Load(byte[] bytes, int width, int seed)
    {
        var ml = new MLContext(seed);
        using var stream = new MemoryStream(bytes);
        return new OutcomeRegressor(ml, ml.Model.Load(stream, out _), width);
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), _schema).Schema;
        _ml.Model.Save(_model, schema, stream);
        return stream.ToArray();
    }

    public double Predict(float[] features)
    {
        lock (_engineLock)
        {
            return _engine.Predict(new FeatureRow { Features = features }).Score;
        }
    }

    /// <summary>Predictions for many rows at once, in their order.</summary>
    public IReadOnlyList<double> PredictAll(IReadOnlyList<float[]> features)
    {
        var data = _ml.Data.LoadFromEnumerable(features.Select(vector => new FeatureRow { Features = vector }), _schema);
        return [.. _ml.Data.CreateEnumerable<ScoredRow>(_model.Transform(data), reuseRowObject: false).Select(row => (double)row.Score)];
    }

    private static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}
