// The new service is made in a subfolder of a git repository (a monorepo): rig writes its files
// there but for .github, which GitHub reads only at the repository's top; it says so instead.
def git = ['git', 'init', '-q', basedir.path].execute()
git.waitFor()
assert git.exitValue() == 0 : git.err.text
