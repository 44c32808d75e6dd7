#:package NewsText@NEWSTEXT_VERSION
// A .NET 10 file-based app: `dotnet run parse.cs -- article.txt`. The consumer test puts the package version in.
using NewsText;

Article article = Article.Parse(File.ReadAllText(args[0]));
Console.WriteLine(article.Title);
