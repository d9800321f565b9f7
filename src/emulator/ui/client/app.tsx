/**
 * The web view's entry: routes the address's hash (`#/pools/p`, `#/jobs/j/tasks/t`…) to a view,
 * with a header that links back to the overview and signs out.
 * @module
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import "./app.css";
import { JobView } from "./job.js";
import { NodeView } from "./node.js";
import { OverviewView } from "./overview.js";
import { PoolView } from "./pool.js";
import { TaskView } from "./task.js";

/** The hash route's segments, decoded. */
function routeOf(hash: string): string[] {
  return hash
    .replace(/^#\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

function View({ route, account }: { route: string[]; account: string }) {
  const [kind, id, child, childId] = route;
  if (kind === "pools" && id && child === "nodes" && childId)
    return <NodeView poolId={id} nodeId={childId} />;
  if (kind === "pools" && id) return <PoolView poolId={id} />;
  if (kind === "jobs" && id && child === "tasks" && childId) return <TaskView jobId={id} taskId={childId} />;
  if (kind === "jobs" && id) return <JobView jobId={id} />;
  return <OverviewView account={account} />;
}

function App({ account }: { account: string }) {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = (): void => {
      setHash(window.location.hash);
      // Focus the new view's heading, so that keyboard and screen reader users land on it.
      window.setTimeout(() => {
        const heading = document.querySelector<HTMLElement>("main h1");
        heading?.setAttribute("tabindex", "-1");
        heading?.focus();
      }, 0);
    };
    window.addEventListener("hashchange", onChange);
    // The address may have changed between the first render and now (effects run after paint),
    // and that hashchange went unheard.
    setHash(window.location.hash);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  const route = routeOf(hash);
  return (
    <>
      <header>
        <nav aria-label="Main">
          <a href="#/" class="brand">
            Local Batch service
          </a>
          <span class="note">account {account}</span>
        </nav>
        <form method="post" action="/_ui/logout">
          <button type="submit">Sign out</button>
        </form>
      </header>
      <main key={route.join("/")}>
        <View route={route} account={account} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App account={root.dataset.account ?? ""} />, root);
