// Each service is the top of its own git repository, as a service's checkout is: rig manages its
// .github files there (in a subfolder of a repository it would only say where they belong).
['alpha', 'beta'].each { service ->
  def git = ['git', 'init', '-q', new File(basedir, service).path].execute()
  git.waitFor()
  assert git.exitValue() == 0 : git.err.text
}
true // a hook's value is its verdict
