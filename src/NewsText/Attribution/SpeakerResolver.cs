using Microsoft.Extensions.Logging;
using NewsText.Logging;

namespace NewsText.Attribution;

/// <summary>
/// Turns mentions into speakers: a name to the fullest form the article gives it, "he" or "she" to the person named
/// last, "the mayor" to the person last named with a title that fits, a group to itself ("White House",
/// "officials"). What cannot be resolved keeps its mention and no name.
/// </summary>
internal sealed class SpeakerResolver(string text, NameIndex names, ILogger logger)
{
    private readonly SpeakerDrafts _speakers = SpeakerDrafts.Rent();

    public Quote Resolve(FoundQuote found, int index)
    {
        TextSegment? cue = found.Cue is TextSpan c ? new TextSegment(text, c) : null;
        QuoteSpeaker? speaker = null;
        if (found.Mention is Mention mention)
        {
            int named = SpeakerOf(mention);
            string? name = named >= 0 ? _speakers.NameOf(named) : null;
            speaker = new QuoteSpeaker(name, new TextSegment(text, new TextSpan(mention.Start, mention.End - mention.Start)));
            if (named >= 0)
            {
                _speakers.AddQuote(named, index);
                if (mention.Kind == MentionKind.Name)
                {
                    _speakers.AddAlias(named, mention.Name(text));
                }
            }

            if (logger.IsEnabled(LogLevel.Debug))
            {
                Log.SpeakerChosen(logger, found.ContentStart, name ?? speaker.Mention.Text, found.Why);
            }
        }

        return new Quote(text, new TextSpan(found.ContentStart, found.ContentEnd - found.ContentStart), found.Kind, cue, speaker);
    }

    /// <summary>The speakers in order of their first quote. Called once, after the last quote is resolved.</summary>
    public IReadOnlyList<Speaker> Speakers() => _speakers.BuildAndReturn();

    /// <summary>The number of the speaker the mention names, or -1 when it names none.</summary>
    private int SpeakerOf(Mention mention)
    {
        ReadOnlySpan<char> words = mention.Name(text);
        Person? person = null;
        switch (mention.Kind)
        {
            case MentionKind.Name:
                person = names.Resolve(words);
                return person is Person named ? _speakers.Find(text, named) : _speakers.Find(words);
            case MentionKind.Pronoun:
                if (words.Equals("he", StringComparison.OrdinalIgnoreCase) || words.Equals("she", StringComparison.OrdinalIgnoreCase)
                    || words.Equals("I", StringComparison.Ordinal))
                {
                    person = names.LastNamedBefore(mention.Start);
                }

                return person is Person last ? _speakers.Find(text, last) : -1;
            case MentionKind.Group:
                return _speakers.Find(WithoutDeterminer(words));
            case MentionKind.Nominal when words.StartsWith("the ", StringComparison.OrdinalIgnoreCase):
                // "the mayor": only the definite article points back at someone already named.
                person = names.LastTitledBefore(mention.Start, words["the ".Length..]);
                return person is Person titled ? _speakers.Find(text, titled) : -1;
            default:
                return -1;
        }
    }

    private static ReadOnlySpan<char> WithoutDeterminer(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        return space > 0 && SpeakerWords.IsDeterminer(words[..space]) ? words[(space + 1)..] : words;
    }
}
