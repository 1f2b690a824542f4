using CustomerAtlas.Deep.Model;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Autoencoder;

/// <summary>
/// A chain of fully connected layers built in LibTorch, remembering its linear and batch-norm
/// modules so the trained weights can be exported as <see cref="DenseLayer"/>s.
/// Hidden layers get [batch norm] → ReLU → [dropout]; the last layer is linear when
/// <c>activateLast</c> is false (latent codes and reconstructions are unbounded).
/// </summary>
internal sealed class DenseStack
{
    private readonly List<(Linear Linear, BatchNorm1d? Norm, bool Relu)> _layers = [];

    public DenseStack(string name, int inputs, IReadOnlyList<int> widths, bool activateLast, AutoencoderOptions options)
    {
        var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
        int width = inputs;
        for (int i = 0; i < widths.Count; i++)
        {
            bool activated = activateLast || i < widths.Count - 1;
            var linear = nn.Linear(width, widths[i]);
            modules.Add(($"{name}_linear{i}", linear));
            BatchNorm1d? norm = null;
            if (activated && options.BatchNorm)
            {
                norm = nn.BatchNorm1d(widths[i]);
                modules.Add(($"{name}_norm{i}", norm));
            }

            if (activated)
            {
                modules.Add(($"{name}_relu{i}", nn.ReLU()));
                if (options.Dropout > 0)
                {
                    modules.Add(($"{name}_dropout{i}", nn.Dropout(options.Dropout)));
                }
            }

            _layers.Add((linear, norm, activated));
            width = widths[i];
        }

        Module = nn.Sequential(modules.ToArray());
    }

    /// <summary>The LibTorch module.</summary>
    public Sequential Module { get; }

    /// <summary>The trained layers in inference form.</summary>
    public IReadOnlyList<DenseLayer> Export()
    {
        var result = new List<DenseLayer>(_layers.Count);
        foreach (var (linear, norm, relu) in _layers)
        {
            var weight = ToArray(linear.weight!);
            var bias = ToArray(linear.bias!);
            BatchNormStatistics? stats = norm is null
                ? null
                : new BatchNormStatistics(ToArray(norm.running_mean!), ToArray(norm.running_var!), ToArray(norm.weight!), ToArray(norm.bias!), norm.eps);
            result.Add(new DenseLayer((int)linear.in_features, (int)linear.out_features, weight, bias, stats, relu));
        }

        return result;
    }

    private static float[] ToArray(Tensor t)
    {
        using var cpu = t.detach().cpu().contiguous();
        return cpu.data<float>().ToArray();
    }
}
