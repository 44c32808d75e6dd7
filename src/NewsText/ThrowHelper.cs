using System.Diagnostics.CodeAnalysis;

namespace NewsText;

/// <summary>Throws kept out of hot methods so that they stay small enough to inline.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowInputTooLong(int length, int max) =>
        throw new ArgumentException(
            $"The input is {length:N0} characters long, more than the {max:N0} that NewsTextOptions.MaxInputLength allows.",
            "text");
}
