// Loading one server answer for a view, again whenever its path changes.
import { useEffect, useState } from 'preact/hooks';
import { call } from './workspace-parts.js';

/** Loads path once per change of path; { data, error }. No path loads nothing. */
export function useLoaded(path) {
  const [state, setState] = useState({});
  useEffect(() => {
    if (!path) return;
    let current = true;
    setState({});
    call(path).then((answer) => current && setState({ data: answer }), (error) => current && setState({ error }));
    return () => { current = false; };
  }, [path]);
  return state;
}
