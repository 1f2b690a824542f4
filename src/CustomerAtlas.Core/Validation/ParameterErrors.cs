namespace CustomerAtlas.Core.Validation;

/// <summary>
/// Collects every problem with a set of options before fitting starts, so the user sees all
/// of them at once instead of fixing one per run. <see cref="ThrowIfAny"/> raises one
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is the first
/// offending parameter and whose message lists them all.
/// </summary>
public sealed class ParameterErrors
{
    private readonly List<(string Parameter, string Problem)> _errors = [];

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<(string Parameter, string Problem)> Errors => _errors;

    /// <summary>Records <paramref name="problem"/> for <paramref name="parameter"/> unless <paramref name="condition"/> holds.</summary>
    public ParameterErrors Require(bool condition, string parameter, string problem)
    {
        if (!condition)
        {
            _errors.Add((parameter, problem));
        }

        return this;
    }

    /// <summary>Records a problem unconditionally.</summary>
    public ParameterErrors Add(string parameter, string problem)
    {
        _errors.Add((parameter, problem));
        return this;
    }

    /// <summary>Throws when any problem was recorded.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count == 0)
        {
            return;
        }

        string message = string.Join("; ", _errors.Select(e => $"{e.Parameter}: {e.Problem}"));
        throw new ArgumentException(message, _errors[0].Parameter);
    }
}
