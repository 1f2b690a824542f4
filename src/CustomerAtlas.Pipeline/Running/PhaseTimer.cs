using System.Diagnostics;

namespace CustomerAtlas.Pipeline.Running;

/// <summary>Wall-clock time of each phase of a run, reported to a callback as phases start.</summary>
public sealed class PhaseTimer(Action<string>? onPhase = null)
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];
    private readonly Stopwatch _watch = new();
    private string? _current;

    /// <summary>Finished phases in order.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    /// <summary>Ends the current phase and starts <paramref name="phase"/>.</summary>
    public void Start(string phase)
    {
        Stop();
        _current = phase;
        onPhase?.Invoke(phase);
        _watch.Restart();
    }

    /// <summary>Ends the current phase.</summary>
    public void Stop()
    {
        if (_current is not null)
        {
            _phases.Add((_current, _watch.Elapsed));
            _current = null;
        }
    }
}
