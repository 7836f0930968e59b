#!/usr/bin/env Rscript
# Reference values of the distribution functions this compendium needs (t, F, normal, chi-square,
# noncentral t), at the points its analyses use and in the tails p-values reach, computed by R.
# tools/jstat-accuracy.ts compares jstat's and @behoud/stats' values with these and writes the
# appendix lib/stats/ACCURACY.md; test/stats/jstat-accuracy.test.ts checks both.
#
# Run from the repository root:
#   Rscript test/reference/jstat-accuracy.R
# It writes test/reference/jstat-accuracy.json (numbers with 17 significant digits).
cases <- list()
add <- function(fn, args, value, call) {
  cases[[length(cases) + 1]] <<- list(fn = fn, args = args, value = value, r_call = call)
}
num <- function(x) sprintf("%.17g", x)
rc <- function(x) sprintf("%.15g", x)

# Student's t: the paired tests (df = 50), the correlations (df = 49), small and large df.
for (a in list(c(0.3, 1000), c(2.0085591121007611, 50), c(1.3, 50), c(-4.786497381671773, 50), c(-4.903683998570732, 49),
               c(-8, 50), c(-12, 49), c(1, 5), c(-3, 10))) {
  add("tCdf", list(x = a[1], df = a[2], lowerTail = TRUE), pt(a[1], a[2]), sprintf("pt(%s, %s)", rc(a[1]), rc(a[2])))
}
for (a in list(c(4.786497381671773, 50), c(8, 50), c(2.5, 20))) {
  add("tCdf", list(x = a[1], df = a[2], lowerTail = FALSE), pt(a[1], a[2], lower.tail = FALSE), sprintf("pt(%s, %s, lower.tail = FALSE)", rc(a[1]), rc(a[2])))
}
for (a in list(c(0.975, 50), c(0.975, 49), c(0.995, 10), c(0.9995, 30), c(0.025, 5), c(1e-6, 50))) {
  add("tQuantile", list(p = a[1], df = a[2]), qt(a[1], a[2]), sprintf("qt(%s, %s)", rc(a[1]), rc(a[2])))
}
# F: Feldt's interval for alpha (df1 = n - 1, df2 = (n - 1)(k - 1)).
for (a in list(c(1.5916940752601723, 50, 100), c(0.6039, 50, 100), c(2.5, 30, 90), c(0.5, 19, 38), c(10, 2, 100))) {
  add("fCdf", list(x = a[1], df1 = a[2], df2 = a[3], lowerTail = TRUE), pf(a[1], a[2], a[3]), sprintf("pf(%s, %s, %s)", rc(a[1]), rc(a[2]), rc(a[3])))
}
for (a in list(c(10, 2, 100), c(6, 50, 150))) {
  add("fCdf", list(x = a[1], df1 = a[2], df2 = a[3], lowerTail = FALSE), pf(a[1], a[2], a[3], lower.tail = FALSE), sprintf("pf(%s, %s, %s, lower.tail = FALSE)", rc(a[1]), rc(a[2]), rc(a[3])))
}
for (a in list(c(0.975, 50, 100), c(0.025, 50, 100), c(0.975, 30, 60), c(0.025, 30, 90), c(0.975, 19, 38), c(0.999, 3, 150))) {
  add("fQuantile", list(p = a[1], df1 = a[2], df2 = a[3]), qf(a[1], a[2], a[3]), sprintf("qf(%s, %s, %s)", rc(a[1]), rc(a[2]), rc(a[3])))
}
# Normal: Wilcoxon's z, Fisher's z interval, the bootstrap's BCa.
for (x in c(-1.959963984540054, 0.5, 2.0710653570234734, -3, -5, -8, -12)) {
  add("normalCdf", list(x = x, lowerTail = TRUE), pnorm(x), sprintf("pnorm(%s)", rc(x)))
}
for (x in c(2.0710653570234734, 5, 8)) {
  add("normalCdf", list(x = x, lowerTail = FALSE), pnorm(x, lower.tail = FALSE), sprintf("pnorm(%s, lower.tail = FALSE)", rc(x)))
}
for (p in c(0.975, 0.5, 0.025, 1e-6, 1e-10, 0.9999)) {
  add("normalQuantile", list(p = p), qnorm(p), sprintf("qnorm(%s)", rc(p)))
}
# Chi-square: statcheck's recomputed p of chi-square results.
for (a in list(c(3.841458820694124, 1), c(10, 5), c(50, 30), c(0.5, 3))) {
  add("chiSquareCdf", list(x = a[1], df = a[2], lowerTail = TRUE), pchisq(a[1], a[2]), sprintf("pchisq(%s, %s)", rc(a[1]), rc(a[2])))
}
for (a in list(c(50, 5), c(30, 2))) {
  add("chiSquareCdf", list(x = a[1], df = a[2], lowerTail = FALSE), pchisq(a[1], a[2], lower.tail = FALSE), sprintf("pchisq(%s, %s, lower.tail = FALSE)", rc(a[1]), rc(a[2])))
}
# Noncentral t: the effect-size intervals (Werkplezier's t = 4.786 with df = 50) and power.
for (a in list(c(4.786497381671773, 50, 2.595), c(4.786497381671773, 50, 6.939), c(2.0085591121007611, 50, 2.857), c(1.75, 50, 0.5),
               c(-2.0085591121007611, 50, 2.857), c(3, 10, 1))) {
  add("noncentralTCdf", list(x = a[1], df = a[2], ncp = a[3], lowerTail = TRUE), pt(a[1], a[2], ncp = a[3]), sprintf("pt(%s, %s, ncp = %s)", rc(a[1]), rc(a[2]), rc(a[3])))
}

# Variance: jstat's default is the population formula (denominator n); R's var() and the article's SDs use n - 1.
x <- c(2, 4, 4, 4, 5, 5, 7, 9)
cases[[length(cases) + 1]] <- list(fn = "sampleVariance", args = list(x = x), value = var(x), r_call = "var(c(2, 4, 4, 4, 5, 5, 7, 9))")

fmt <- function(v) if (is.logical(v)) tolower(as.character(v)) else if (length(v) > 1) paste0("[", paste(num(v), collapse = ", "), "]") else num(v)
line <- function(c) {
  args <- paste(vapply(names(c$args), function(n) sprintf("\"%s\": %s", n, fmt(c$args[[n]])), ""), collapse = ", ")
  sprintf("    { \"fn\": \"%s\", \"args\": { %s }, \"value\": %s, \"r_call\": %s }", c$fn, args, num(c$value), jsonlite::toJSON(c$r_call, auto_unbox = TRUE))
}
meta <- sprintf("  \"meta\": { \"generated_by\": \"test/reference/jstat-accuracy.R\", \"R\": %s },", jsonlite::toJSON(R.version.string, auto_unbox = TRUE))
writeLines(c("{", meta, "  \"cases\": [", paste(vapply(cases, line, ""), collapse = ",\n"), "  ]", "}"), "test/reference/jstat-accuracy.json")
